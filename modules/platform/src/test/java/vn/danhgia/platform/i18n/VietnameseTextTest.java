package vn.danhgia.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    @DisplayName("A name typed without diacritics matches: Nguyễn Thị Thu Hà folds to nguyen thi thu ha")
    void folds() {
        assertEquals("nguyen thi thu ha", VietnameseText.fold("Nguyễn  Thị Thu Hà "));
        assertEquals("dang duc duong", VietnameseText.fold("Đặng Đức Dương"));
        assertEquals("phuong thuong thanh", VietnameseText.fold("PHƯỜNG THƯỢNG THANH"));
    }

    @Test
    @DisplayName("Decomposed input (as typed on some systems) is stored composed (NFC)")
    void normalizes() {
        String decomposed = Normalizer.normalize("Trần Văn Đức", Normalizer.Form.NFD);
        assertEquals("Trần Văn Đức", VietnameseText.normalize(" " + decomposed + "  "));
        assertEquals(VietnameseText.fold("Trần Văn Đức"), VietnameseText.fold(decomposed));
    }
}
