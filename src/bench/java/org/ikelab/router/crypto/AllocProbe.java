package org.ikelab.router.crypto;
public class AllocProbe {
    public static void main(String[] a) {
        String ts = a[0].equals("clear") ? null : a[0].replace('_', ' ');
        int size = Integer.parseInt(a[1]);
        double sec = Double.parseDouble(a[2]);
        CryptoBenchmark.Path p = a.length > 3 ? CryptoBenchmark.udpLink(ts, size, sec) : CryptoBenchmark.throughput(ts, size, sec);
        System.out.println(p.pps() + " " + java.util.Arrays.toString(p.cpuNanos()) + " " + java.util.Arrays.toString(p.alloc()));
    }
}
