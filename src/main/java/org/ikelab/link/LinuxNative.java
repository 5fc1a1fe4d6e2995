package org.ikelab.link;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The few Linux calls the TUN/TAP bridge and the UDP link need, through the FFM API: open, close,
 * read, write, poll, ioctl(TUNSETIFF), setns and fcntl(F_DUPFD_CLOEXEC). Errors come back as
 * {@link IOException}s carrying errno.
 */
final class LinuxNative {
    static final int O_RDONLY = 0;
    static final int O_RDWR = 2;
    static final int O_NONBLOCK = 0x800;
    static final int O_CLOEXEC = 0x80000;
    static final int CLONE_NEWNET = 0x40000000;
    static final long TUNSETIFF = 0x400454caL;
    static final short IFF_TUN = 0x0001;
    static final short IFF_TAP = 0x0002;
    static final short IFF_NO_PI = 0x1000;
    static final int IFNAMSIZ = 16;
    static final int IFREQ_SIZE = 40;
    static final short POLLIN = 0x0001;
    static final int EAGAIN = 11;
    static final int EINTR = 4;
    static final int F_DUPFD_CLOEXEC = 1030;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option ERRNO_OPT = Linker.Option.captureCallState("errno");

    private static final MethodHandle OPEN = handle("open",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT), ERRNO_OPT);
    private static final MethodHandle CLOSE = handle("close",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT), ERRNO_OPT);
    private static final MethodHandle READ = handle("read",
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG), ERRNO_OPT);
    private static final MethodHandle WRITE = handle("write",
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG), ERRNO_OPT);
    private static final MethodHandle POLL = handle("poll",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT), ERRNO_OPT);
    private static final MethodHandle IOCTL = handle("ioctl",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS),
            ERRNO_OPT, Linker.Option.firstVariadicArg(2));
    private static final MethodHandle FCNTL = handle("fcntl",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT),
            ERRNO_OPT, Linker.Option.firstVariadicArg(2));
    private static final MethodHandle SETNS = handle("setns",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT), ERRNO_OPT);

    private LinuxNative() {
    }

    private static MethodHandle handle(String name, FunctionDescriptor fd, Linker.Option... options) {
        MemorySegment sym = LINKER.defaultLookup().find(name).orElseThrow(() -> new UnsatisfiedLinkError(name));
        return LINKER.downcallHandle(sym, fd, options);
    }

    /** Per-thread errno capture buffer, so concurrent calls from the router and reader threads don't mix. */
    private static final ThreadLocal<MemorySegment> STATE = ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(CAPTURE));

    private static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    private static IOException fail(String what, int errno) {
        return new IOException(what + " failed, errno " + errno);
    }

    static int open(String path, int flags) throws IOException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = STATE.get();
            int fd = (int) OPEN.invokeExact(st, a.allocateFrom(path), flags);
            if (fd < 0) throw fail("open " + path, errno(st));
            return fd;
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException(t);
        }
    }

    static void close(int fd) {
        try {
            int r = (int) CLOSE.invokeExact(STATE.get(), fd);
            assert r == 0 || r == -1;
        } catch (Throwable ignored) {
            // Closing is best effort: the descriptor is gone either way.
        }
    }

    /** A second descriptor for the file {@code fd} refers to (a socket: the same socket), closed on exec. */
    static int dup(int fd) throws IOException {
        try {
            MemorySegment st = STATE.get();
            int r = (int) FCNTL.invokeExact(st, fd, F_DUPFD_CLOEXEC, 0);
            if (r < 0) throw fail("fcntl(F_DUPFD_CLOEXEC)", errno(st));
            return r;
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException(t);
        }
    }

    /** Attaches {@code fd} (an open /dev/net/tun) to the interface {@code name} with {@code flags}. */
    static void tunSetIff(int fd, String name, short flags) throws IOException {
        byte[] n = name.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (n.length >= IFNAMSIZ) throw new IOException("interface name too long: " + name);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ifr = a.allocate(IFREQ_SIZE);
            ifr.fill((byte) 0);
            MemorySegment.copy(n, 0, ifr, ValueLayout.JAVA_BYTE, 0, n.length);
            ifr.set(ValueLayout.JAVA_SHORT, IFNAMSIZ, flags);
            MemorySegment st = STATE.get();
            int r = (int) IOCTL.invokeExact(st, fd, TUNSETIFF, ifr);
            if (r < 0) throw fail("ioctl(TUNSETIFF " + name + ")", errno(st));
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException(t);
        }
    }

    /** Moves the calling thread into the network namespace at {@code path} (e.g. /var/run/netns/NAME). */
    static void setNetns(String path) throws IOException {
        int fd = open(path, O_RDONLY | O_CLOEXEC);
        try {
            MemorySegment st = STATE.get();
            int r = (int) SETNS.invokeExact(st, fd, CLONE_NEWNET);
            if (r < 0) throw fail("setns " + path, errno(st));
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException(t);
        } finally {
            close(fd);
        }
    }

    /** Waits up to {@code timeoutMillis} for {@code fd} to be readable; true when it is. */
    static boolean pollIn(int fd, MemorySegment pollfd, int timeoutMillis) throws IOException {
        pollfd.set(ValueLayout.JAVA_INT, 0, fd);
        pollfd.set(ValueLayout.JAVA_SHORT, 4, POLLIN);
        pollfd.set(ValueLayout.JAVA_SHORT, 6, (short) 0);
        try {
            MemorySegment st = STATE.get();
            int r = (int) POLL.invokeExact(st, pollfd, 1L, timeoutMillis);
            if (r < 0) {
                int e = errno(st);
                if (e == EINTR) return false;
                throw fail("poll", e);
            }
            return r > 0 && (pollfd.get(ValueLayout.JAVA_SHORT, 6) & POLLIN) != 0;
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException(t);
        }
    }

    /** One read; returns the byte count, or -1 when nothing was ready (EAGAIN/EINTR). */
    static int read(int fd, MemorySegment buf) throws IOException {
        try {
            MemorySegment st = STATE.get();
            long n = (long) READ.invokeExact(st, fd, buf, buf.byteSize());
            if (n < 0) {
                int e = errno(st);
                if (e == EAGAIN || e == EINTR) return -1;
                throw fail("read", e);
            }
            return (int) n;
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException(t);
        }
    }

    static int write(int fd, MemorySegment buf, long len) throws IOException {
        try {
            MemorySegment st = STATE.get();
            long n = (long) WRITE.invokeExact(st, fd, buf, len);
            if (n < 0) throw fail("write", errno(st));
            return (int) n;
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException(t);
        }
    }

    static MemorySegment allocatePollFd(Arena a) {
        return a.allocate(8);
    }
}
