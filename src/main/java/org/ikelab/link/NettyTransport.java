package org.ikelab.link;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramChannel;
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

    public static Class<? extends DatagramChannel> datagramChannel() {
        return nativeEpoll() ? EpollDatagramChannel.class : NioDatagramChannel.class;
    }
}
