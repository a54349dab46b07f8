package vn.danhgia.datagen;

import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Plausible Vietnamese personal names (family name, one or two middle names, given name) and the
 * search folding used for {@code org_person.search_name}.
 *
 * <p>Family-name weights follow the commonly cited national frequencies (Nguyễn ≈ 38 %, Trần ≈ 11 %,
 * Lê ≈ 9.5 %, Phạm ≈ 7 %, …), with the northern spellings (Hoàng, Vũ) far more frequent than the southern
 * ones (Huỳnh, Võ), as in Hà Nội.
 */
public final class Names {

    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "Đinh", "Trịnh", "Đào", "Mai", "Lương", "Tạ", "Chu", "Kiều", "Lưu", "Cao", "Đoàn", "Tô",
        "Hà", "Nghiêm", "Khuất", "Quách", "Phùng", "Vương", "Thái", "Lại"};
    /** Per mille, same order as {@link #FAMILY}. */
    private static final int[] FAMILY_WEIGHT = {
        380, 110, 95, 71, 46, 5, 45, 36, 3, 21, 20, 14, 13, 13,
        10, 5, 12, 10, 10, 8, 7, 6, 6, 5, 6, 7, 8, 5,
        6, 3, 3, 3, 5, 3, 4, 3};
    private static final int FAMILY_TOTAL = sum(FAMILY_WEIGHT);

    private static final String[] MALE_MIDDLE = {"Văn", "Đức", "Minh", "Quang", "Hữu", "Ngọc", "Xuân", "Mạnh",
        "Thành", "Tuấn", "Trọng", "Hoàng", "Anh", "Công", "Duy", "Việt", "Tiến", "Huy", "Hải", "Bá"};
    private static final String[] FEMALE_MIDDLE = {"Thu", "Thanh", "Ngọc", "Minh", "Phương", "Hồng", "Thùy", "Kim",
        "Lan", "Mai", "Hải", "Diệu", "Bích", "Quỳnh", "Khánh", "Thúy", "Hoài", "Bảo", "Vân", "Hà"};
    private static final String[] FEMALE_SECOND_MIDDLE = {"Thu", "Thanh", "Ngọc", "Minh", "Hồng", "Kim", "Lan",
        "Mai", "Phương", "Thúy"};
    private static final String[] MALE_GIVEN = {"Hùng", "Dũng", "Tuấn", "Hải", "Nam", "Long", "Minh", "Thắng",
        "Cường", "Sơn", "Hiếu", "Trung", "Đức", "Quân", "Huy", "Phong", "Khánh", "Thành", "Tùng", "Việt", "Bình",
        "Hưng", "Tiến", "Toàn", "Đạt", "Hoàng", "Lâm", "Quang", "Phúc", "Kiên", "Thịnh", "Vinh", "Tâm", "Chiến",
        "Hòa", "Lực", "Nghĩa", "Tú", "Duy", "Khoa", "An", "Bảo", "Thái", "Hiển", "Tài", "Trường", "Hậu", "Quyết"};
    private static final String[] FEMALE_GIVEN = {"Hà", "Hương", "Lan", "Linh", "Trang", "Hằng", "Huyền", "Thủy",
        "Nga", "Mai", "Hoa", "Hạnh", "Thảo", "Ngọc", "Yến", "Nhung", "Phương", "Oanh", "Dung", "Loan", "Vân", "Anh",
        "Thu", "Giang", "Hiền", "Liên", "Quyên", "Tâm", "Tuyết", "Vy", "Châu", "Quỳnh", "Uyên", "Nhàn", "Lụa", "Thơm",
        "Hồng", "Xuân", "Ly", "Chi", "Nhi", "My", "Trâm", "Ánh", "Duyên", "Thoa", "Lý", "Hậu", "Điệp", "Bích"};

    private Names() {
    }

    /**
     * A full name in NFC. Older people more often carry the middle names "Văn" (men) and "Thị" (women),
     * as they do in the civil service registers of the 2020s.
     */
    public static String fullName(SplittableRandom random, boolean female, int birthYear) {
        String family = FAMILY[weighted(random, FAMILY_WEIGHT, FAMILY_TOTAL)];
        StringBuilder name = new StringBuilder(family);
        String given;
        if (female) {
            int thiPercent = birthYear < 1975 ? 75 : birthYear < 1988 ? 55 : 35;
            String middle;
            if (random.nextInt(100) < thiPercent) {
                name.append(" Thị");
                middle = "Thị";
                if (random.nextInt(100) < 30) {
                    middle = pickOther(random, FEMALE_SECOND_MIDDLE, family, family);
                    name.append(' ').append(middle);
                }
            } else {
                middle = pickOther(random, FEMALE_MIDDLE, family, family);
                name.append(' ').append(middle);
            }
            given = pickOther(random, FEMALE_GIVEN, family, middle);
        } else {
            int vanPercent = birthYear < 1975 ? 55 : birthYear < 1988 ? 35 : 20;
            String middle = random.nextInt(100) < vanPercent ? "Văn" : pickOther(random, MALE_MIDDLE, family, family);
            name.append(' ').append(middle);
            given = pickOther(random, MALE_GIVEN, family, middle);
        }
        name.append(' ').append(given);
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    /**
     * Lower-case ASCII folding for search: "Nguyễn Thị Thu Hà" → "nguyen thi thu ha". Decomposes (NFD),
     * drops the combining marks, maps đ/Đ to d, and collapses white space: the same key as
     * {@code vn.danhgia.platform.i18n.VietnameseText.fold}, which the application uses to search (this module
     * does not depend on the platform module).
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = folded.length() > 0;
                continue;
            }
            if (space) {
                folded.append(' ');
                space = false;
            }
            folded.append(c == 'đ' || c == 'Đ' ? 'd' : Character.toLowerCase(c));
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    /** A value different from both {@code a} and {@code b} (no "Mai Mai Hương", no "Thu Thu"). */
    private static String pickOther(SplittableRandom random, String[] values, String a, String b) {
        String value;
        do {
            value = pick(random, values);
        } while (value.equals(a) || value.equals(b));
        return value;
    }

    static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    static int weighted(SplittableRandom random, int[] weights, int total) {
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static int sum(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        return total;
    }
}
