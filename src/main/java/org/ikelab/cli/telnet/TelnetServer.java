package org.ikelab.cli.telnet;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.ikelab.lab.RouterNode;

/**
 * Telnet consoles of a lab's routers (RFC 854; ECHO, SUPPRESS-GO-AHEAD and NAWS offered): one
 * listening port per router, any number of sessions per port, like vty lines. Bytes are decoded
 * on netty's loop and handed to the router's thread; each answer goes back in one write.
 */
public final class TelnetServer implements AutoCloseable {
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final java.util.List<Channel> listeners = new java.util.ArrayList<>();

    /** Listens on {@code bind:port} for {@code node}; returns the bound port. */
    public int listen(RouterNode node, String bind, int port) throws InterruptedException {
        AtomicInteger vtyNumber = new AtomicInteger();
        ServerBootstrap b = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new Session(node, ch, vtyNumber.getAndIncrement() % 5));
                    }
                });
        Channel c = b.bind(new InetSocketAddress(bind, port)).sync().channel();
        listeners.add(c);
        return ((InetSocketAddress) c.localAddress()).getPort();
    }

    private static final class Session extends ChannelInboundHandlerAdapter {
        private final RouterNode node;
        private final Channel ch;
        private final int vty;
        private VtyConnection conn;
        private TelnetProtocol protocol;

        Session(RouterNode node, Channel ch, int vty) {
            this.node = node;
            this.ch = ch;
            this.vty = vty;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            String peer = ((InetSocketAddress) ch.remoteAddress()).getAddress().getHostAddress();
            protocol = new TelnetProtocol(new TelnetProtocol.Sink() {
                @Override public void data(byte b) { conn.receive(b); }
                @Override public void reply(byte[] bytes) { ch.writeAndFlush(Unpooled.wrappedBuffer(bytes)); }
                @Override public void windowSize(int cols, int rows) { }
            });
            ch.writeAndFlush(Unpooled.wrappedBuffer(TelnetProtocol.greeting()));
            node.scheduler().execute(() -> {
                conn = new VtyConnection(node, "vty" + vty + " (" + peer + ")", true,
                        text -> ch.writeAndFlush(Unpooled.wrappedBuffer(TelnetProtocol.encodeOutput(text))),
                        () -> ch.close());
                conn.open();
            });
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf buf = (ByteBuf) msg;
            byte[] bytes = new byte[buf.readableBytes()];
            buf.readBytes(bytes);
            buf.release();
            // The protocol state and the session both live on the router's thread.
            node.scheduler().execute(() -> protocol.receive(bytes, 0, bytes.length));
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            node.scheduler().execute(() -> {
                if (conn != null) conn.session().close();
            });
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    @Override
    public void close() {
        for (Channel c : listeners) c.close();
        group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS);
    }
}
