package org.ikelab.ike.v1;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.ike.ChildSa;
import org.ikelab.ike.IkeEndpoint;
import org.ikelab.ike.SaInstaller;

/** The data plane stand-in: remembers what IKE installed and removed. */
final class RecordingInstaller implements SaInstaller {
    final List<ChildSa> installed = new ArrayList<>();
    final List<Integer> removedSpis = new ArrayList<>();

    @Override
    public void install(ChildSa sa) {
        installed.add(sa);
    }

    @Override
    public void remove(IkeEndpoint destination, int protocol, int spi) {
        removedSpis.add(spi);
        installed.removeIf(s -> s.spi() == spi && s.protocol() == protocol);
    }

    ChildSa bySpi(int spi) {
        return installed.stream().filter(s -> s.spi() == spi).findFirst().orElseThrow();
    }
}
