package vn.danhgia.evaluation.domain.professionalism;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.danhgia.platform.rules.RulePackRef;

/**
 * The fingerprint of a ruling's input (RULES.md RP-1, PUB-2): SHA-256 of the facts and the rule pack version. A run
 * that finds the same fingerprint as the current ruling writes nothing, so re-running or restarting is idempotent.
 */
public final class InputFingerprint {

    private InputFingerprint() {
    }

    public static String of(SheetFacts facts, RulePackRef pack) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((pack + "|" + facts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
