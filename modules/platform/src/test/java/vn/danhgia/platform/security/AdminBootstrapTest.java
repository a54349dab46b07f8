package vn.danhgia.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AdminBootstrapTest {

    @Test
    @DisplayName("A generated administrator password is 16 unambiguous letters and digits, different each time")
    void generatedPassword() {
        String first = AdminBootstrap.generatePassword();
        String second = AdminBootstrap.generatePassword();
        assertEquals(16, first.length());
        assertTrue(first.matches("[A-HJ-NP-Za-km-z2-9]{16}"), first);
        assertNotEquals(first, second);
    }
}
