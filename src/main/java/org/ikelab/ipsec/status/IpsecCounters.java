package org.ikelab.ipsec.status;

/**
 * The packet counters of one flow (proxy pair) in {@code show crypto ipsec sa}, in screen order.
 *
 * @param encaps            {@code #pkts encaps}: outbound packets protected
 * @param encrypt           {@code #pkts encrypt}: outbound packets encrypted (0 with esp-null)
 * @param digest            {@code #pkts digest}: outbound packets given an ICV
 * @param decaps            {@code #pkts decaps}: inbound packets decapsulated
 * @param decrypt           {@code #pkts decrypt}
 * @param verify            {@code #pkts verify}: inbound ICVs verified
 * @param compressed        {@code #pkts compressed}
 * @param decompressed      {@code #pkts decompressed}
 * @param notCompressed     {@code #pkts not compressed}
 * @param compressFailed    {@code #pkts compr. failed}
 * @param notDecompressed   {@code #pkts not decompressed}
 * @param decompressFailed  {@code #pkts decompress failed}
 * @param sendErrors        {@code #send errors}: outbound packets dropped, mostly for lack of an SA
 * @param recvErrors        {@code #recv errors}: inbound packets dropped (bad ICV, replay, ...)
 */
public record IpsecCounters(
        long encaps, long encrypt, long digest,
        long decaps, long decrypt, long verify,
        long compressed, long decompressed,
        long notCompressed, long compressFailed,
        long notDecompressed, long decompressFailed,
        long sendErrors, long recvErrors) {

    /** All counters zero: a crypto-ACL line with no traffic yet, or after {@code clear crypto sa counters}. */
    public static final IpsecCounters ZERO = new IpsecCounters(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
