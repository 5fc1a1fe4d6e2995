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
import org.ikelab.cli.LabShell;
import org.ikelab.lab.RouterNode;

/**
 * Telnet consoles of a lab's routers (RFC 854; ECHO, SUPPRESS-GO-AHEAD and NAWS offered): one
 * listening port per router, any number of sessions per port, like vty lines. Bytes are decoded
 * on netty's loop and handed to the router's thread; each answer goes back in one write.
 *
 * <p>A {@code line vty} whose {@code transport input} leaves telnet out refuses the connection
 * (closed at once, as IOS does). When the lab was started interactively ({@link #escapeTo}),
 * Ctrl-] on a telnet session opens the lab shell there too; otherwise Ctrl-] is an ordinary key.
 */
public final class TelnetServer implements AutoCloseable {
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final java.util.List<Channel> listeners = new java.util.ArrayList<>();
    private volatile java.util.function.Supplier<LabShell> shells;
    private volatile String shellBind;
    /** Lab-shell commands wait on routers' threads, so they run here, never on a router's or netty's loop. */
    private java.util.concurrent.ExecutorService shellRunner;

    /**
     * Lets Ctrl-] on any telnet session open a lab shell (one new {@link LabShell} per escape), for
     * labs started from a terminal. {@code bind} is what {@code list} shows as the console address.
     */
    public synchronized void escapeTo(java.util.function.Supplier<LabShell> shellFactory, String bind) {
        if (shellRunner == null) {
            shellRunner = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "lab-shell-telnet");
                t.setDaemon(true);
                return t;
            });
        }
        this.shellBind = bind;
        this.shells = shellFactory;
    }

    /** Listens on {@code bind:port} for {@code node}; returns the bound port. */
    public int listen(RouterNode node, String bind, int port) throws InterruptedException {
        AtomicInteger vtyNumber = new AtomicInteger();
        ServerBootstrap b = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new Session(TelnetServer.this, node, ch, vtyNumber.getAndIncrement() % 5));
                    }
                });
        Channel c = b.bind(new InetSocketAddress(bind, port)).sync().channel();
        listeners.add(c);
        return ((InetSocketAddress) c.localAddress()).getPort();
    }

    private static final class Session extends ChannelInboundHandlerAdapter {
        private static final byte ESCAPE = 0x1d;  // Ctrl-]
        private final TelnetServer server;
        private final RouterNode node;
        private final Channel ch;
        private final int vty;
        private VtyConnection conn;
        private TelnetProtocol protocol;
        /** Non-null while this session is in the lab shell (router thread only). */
        private StringBuilder shellLine;
        private LabShell shell;

        Session(TelnetServer server, RouterNode node, Channel ch, int vty) {
            this.server = server;
            this.node = node;
            this.ch = ch;
            this.vty = vty;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            String peer = ((InetSocketAddress) ch.remoteAddress()).getAddress().getHostAddress();
            protocol = new TelnetProtocol(new TelnetProtocol.Sink() {
                @Override public void data(byte b) { key(b); }
                @Override public void reply(byte[] bytes) { ch.writeAndFlush(Unpooled.wrappedBuffer(bytes)); }
                @Override public void windowSize(int cols, int rows) { }
            });
            ch.writeAndFlush(Unpooled.wrappedBuffer(TelnetProtocol.greeting()));
            node.scheduler().execute(() -> {
                if (!VtyConnection.telnetAllowed(VtyConnection.vtyRules(node))) {
                    ch.close();
                    return;
                }
                conn = new VtyConnection(node, "vty" + vty + " (" + peer + ")", true,
                        text -> ch.writeAndFlush(Unpooled.wrappedBuffer(TelnetProtocol.encodeOutput(text))),
                        () -> ch.close());
                conn.open();
            });
        }

        /** A typed byte, on the router's thread: to the router's line, or to the lab shell while it is open. */
        private void key(byte b) {
            if (conn == null) return;
            if (shellLine != null) {
                shellKey(b);
                return;
            }
            if (b == ESCAPE && server.shells != null) {
                shellLine = new StringBuilder();
                write("\n" + LabShell.PROMPT);
                return;
            }
            conn.receive(b);
        }

        private void shellKey(byte b) {
            if (b == '\r' || b == '\n') {
                if (shellLine.isEmpty() && b == '\n') return;  // the LF of a CR LF
                String line = shellLine.toString().strip();
                shellLine.setLength(0);
                write("\n");
                String[] w = line.split("\\s+");
                if (line.isEmpty() || w[0].equals("resume")) {
                    resume();
                    return;
                }
                if (w[0].equals("quit") || w[0].equals("exit")) {
                    write("% quit stops the lab from the terminal that started it; this telnet session goes back to " + node.name() + "\n");
                    resume();
                    return;
                }
                if (w[0].equals("console") || w[0].equals("c")) {
                    write("% a telnet session stays on its router; 'list' shows the other routers' telnet ports\n" + LabShell.PROMPT);
                    return;
                }
                if (shell == null) shell = server.shells.get();
                LabShell sh = shell;
                String bind = server.shellBind;
                server.shellRunner.execute(() -> {
                    String text;
                    try {
                        text = sh.execute(line, bind);
                    } catch (RuntimeException e) {
                        text = "% " + e.getMessage() + "\n";
                    }
                    String answer = text;
                    node.scheduler().execute(() -> {
                        if (shellLine != null) write(answer + LabShell.PROMPT);
                    });
                });
            } else if (b == 127 || b == 8) {
                if (!shellLine.isEmpty()) {
                    shellLine.setLength(shellLine.length() - 1);
                    write("\b \b");
                }
            } else if (b >= 32 && shellLine.length() < 256) {
                shellLine.append((char) b);
                write(String.valueOf((char) b));
            }
        }

        private void resume() {
            shellLine = null;
            write(conn.session().ended() ? "" : conn.session().prompt());
        }

        private void write(String text) {
            ch.writeAndFlush(Unpooled.wrappedBuffer(TelnetProtocol.encodeOutput(text)));
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
        synchronized (this) {
            if (shellRunner != null) shellRunner.shutdownNow();
        }
        group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS);
    }
}
