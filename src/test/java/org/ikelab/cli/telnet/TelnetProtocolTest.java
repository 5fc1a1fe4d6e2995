package org.ikelab.cli.telnet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TelnetProtocolTest {
    private final StringBuilder data = new StringBuilder();
    private final ByteArrayOutputStream replies = new ByteArrayOutputStream();
    private int width, height;
    private final TelnetProtocol telnet = new TelnetProtocol(new TelnetProtocol.Sink() {
        @Override public void data(byte b) { data.append((char) (b & 0xff)); }
        @Override public void reply(byte[] bytes) { replies.writeBytes(bytes); }
        @Override public void windowSize(int w, int h) { width = w; height = h; }
    });

    private void feed(int... bytes) {
        for (int b : bytes) telnet.receive((byte) b);
    }

    private void feed(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        telnet.receive(b, 0, b.length);
    }

    @Test
    void crLfCrNulAndBareLfAreEachOneEnter() {
        feed("a\r\nb\r");
        feed(0);
        feed("c\nd\re");
        assertEquals("a\rb\rc\rd\re", data.toString());
    }

    @Test
    void clientRefusingEverythingIsAcknowledgedOnceAndIgnored() {
        int iac = TelnetProtocol.IAC;
        feed(iac, TelnetProtocol.DONT, 1, iac, TelnetProtocol.DONT, 3, iac, TelnetProtocol.WONT, 24,
                iac, TelnetProtocol.WONT, 31, iac, TelnetProtocol.NOP, iac, TelnetProtocol.DONT, 1);
        feed("show\r\n");
        assertArrayEquals(new byte[] {(byte) iac, (byte) TelnetProtocol.WONT, 1, (byte) iac, (byte) TelnetProtocol.WONT, 3}, replies.toByteArray());
        assertEquals("show\r", data.toString());
    }

    @Test
    void nawsGivesTheWindowSizeAndUnknownOptionsAreRefused() {
        int iac = TelnetProtocol.IAC;
        feed(iac, TelnetProtocol.WILL, 31, iac, TelnetProtocol.SB, 31, 0, 132, 0, 50, iac, TelnetProtocol.SE);
        feed(iac, TelnetProtocol.WILL, 24, iac, TelnetProtocol.DO, 34);
        assertEquals(132, width);
        assertEquals(50, height);
        assertArrayEquals(new byte[] {(byte) iac, (byte) TelnetProtocol.DONT, 24, (byte) iac, (byte) TelnetProtocol.WONT, 34}, replies.toByteArray());
        assertEquals("", data.toString());
    }

    @Test
    void outputTurnsLfIntoCrLf() {
        // UTF-8 never contains the byte 0xFF, so text output needs no IAC doubling.
        assertArrayEquals("R1#\r\nx\r\n".getBytes(StandardCharsets.US_ASCII), TelnetProtocol.encodeOutput("R1#\nx\r\n"));
    }
}
