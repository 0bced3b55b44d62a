package org.ringflow.sandbox;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Twilio-shaped identifiers: a two-letter prefix and 32 lowercase hex digits (CA..., SM..., RE...). */
public final class Sids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Sids() {
    }

    public static String next(String prefix) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }
}
