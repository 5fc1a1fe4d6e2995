package org.ikelab.cli.show.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.ikelab.cli.show.crypto.CryptoDebugMessages.Flag;
import org.junit.jupiter.api.Test;

/** Reference §5.1, captured S29/S23. */
class CryptoDebugMessagesTest {
    @Test
    void transcriptOfSection51() {
        String screen = "R1#debug crypto isakmp\n" + CryptoDebugMessages.toggled(Flag.ISAKMP, true)
                + "R1#debug crypto ipsec\n" + CryptoDebugMessages.toggled(Flag.IPSEC, true)
                + "R1#show debug\n" + CryptoDebugMessages.showDebug(Set.of(Flag.IPSEC, Flag.ISAKMP))
                + "R1#undebug all\n" + CryptoDebugMessages.allOff();
        assertEquals("""
                R1#debug crypto isakmp
                Crypto ISAKMP debugging is on
                R1#debug crypto ipsec
                Crypto IPSEC debugging is on
                R1#show debug
                Cryptographic Subsystem:
                  Crypto ISAKMP debugging is on
                  Crypto IPSEC debugging is on
                R1#undebug all
                All possible debugging has been turned off
                """, screen);
    }

    @Test
    void offAndEmpty() {
        assertEquals("Crypto ISAKMP debugging is off\n", CryptoDebugMessages.toggled(Flag.ISAKMP, false));
        assertEquals("", CryptoDebugMessages.showDebug(Set.of()));
    }
}
