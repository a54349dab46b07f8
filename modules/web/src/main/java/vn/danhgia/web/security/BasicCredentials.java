package vn.danhgia.web.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads an HTTP Basic {@code Authorization} header (RFC 7617, UTF-8). */
final class BasicCredentials {

    private static final String PREFIX = "Basic ";

    private BasicCredentials() {
    }

    /** The credential in the header, or null when there is none or it is malformed. */
    static UsernamePasswordCredential parse(String header) {
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(PREFIX.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
