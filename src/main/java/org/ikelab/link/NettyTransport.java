package org.ikelab.link;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioDatagramChannel;

/** Native epoll when the platform has it, NIO otherwise. */
public final class NettyTransport {
    private NettyTransport() {
    }

    public static boolean nativeEpoll() {
        return Epoll.isAvailable();
    }

    public static IoHandlerFactory ioHandlerFactory() {
        return nativeEpoll() ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    }

    /** An event loop group of {@code threads} threads on the best transport. */
    public static EventLoopGroup newGroup(int threads) {
        return new MultiThreadIoEventLoopGroup(threads, ioHandlerFactory());
    }

    /**
     * A datagram channel on the best transport: an IPv4 socket when {@code ipv4} (faster than a
     * dual-stack IPv6 socket carrying mapped IPv4 addresses), else the platform's default.
     */
    public static DatagramChannel newDatagramChannel(boolean ipv4) {
        if (nativeEpoll()) return ipv4 ? new EpollDatagramChannel(SocketProtocolFamily.INET) : new EpollDatagramChannel();
        return ipv4 ? new NioDatagramChannel(SocketProtocolFamily.INET) : new NioDatagramChannel();
    }

    public static Class<? extends DatagramChannel> datagramChannel() {
        return nativeEpoll() ? EpollDatagramChannel.class : NioDatagramChannel.class;
    }
}
