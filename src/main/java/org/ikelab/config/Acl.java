package org.ikelab.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An IPv4 access list, numbered (name is the number) or named, with its entries ordered by
 * sequence number. Immutable: changes return a new list.
 */
public record Acl(String name, boolean standard, List<AclEntry> entries) {
    public Acl {
        entries = List.copyOf(entries);
    }

    public boolean isNumbered() {
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }

    /** The number IOS gives the next entry typed without one: last + 10. */
    public int nextSeq() {
        return entries.isEmpty() ? 10 : entries.get(entries.size() - 1).seq() + 10;
    }

    /** Adds (or, with an existing sequence number, replaces) an entry. */
    public Acl with(AclEntry e) {
        List<AclEntry> l = new ArrayList<>();
        for (AclEntry x : entries) if (x.seq() != e.seq()) l.add(x);
        l.add(e);
        l.sort(Comparator.comparingInt(AclEntry::seq));
        return new Acl(name, standard, l);
    }

    public Acl without(int seq) {
        List<AclEntry> l = new ArrayList<>();
        for (AclEntry x : entries) if (x.seq() != seq) l.add(x);
        return new Acl(name, standard, l);
    }

    /** Removes the entries whose text equals this one's (IOS {@code no permit ...}). */
    public Acl withoutSame(AclEntry e) {
        List<AclEntry> l = new ArrayList<>();
        for (AclEntry x : entries) if (!x.body().equals(e.body())) l.add(x);
        return new Acl(name, standard, l);
    }

    public boolean contains(AclEntry e) {
        AclEntry key = e.withSeq(0);
        for (AclEntry x : entries) if (x.withSeq(0).equals(key)) return true;
        return false;
    }
}
