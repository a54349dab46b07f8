package vn.danhgia.organization.infrastructure.imports.units;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.organization.api.Block;
import vn.danhgia.organization.api.UnitKind;
import vn.danhgia.organization.infrastructure.imports.HeaderMatcher;

/**
 * The words of a units file for {@link UnitKind} and {@link Block}: the Vietnamese label or the
 * constant's name, compared case-, diacritics- and punctuation-insensitively.
 */
public final class UnitVocabulary {

    private static final Map<UnitKind, String> KIND_LABELS = new EnumMap<>(UnitKind.class);
    private static final Map<String, UnitKind> KINDS = new HashMap<>();
    private static final Map<String, Block> BLOCKS = new HashMap<>();

    static {
        KIND_LABELS.put(UnitKind.DISTRICT_PARTY_COMMITTEE, "Quận ủy");
        KIND_LABELS.put(UnitKind.PARTY_BOARD, "Ban Đảng");
        KIND_LABELS.put(UnitKind.PARTY_ORGANISATION_BOARD, "Ban Tổ chức");
        KIND_LABELS.put(UnitKind.POLITICAL_CENTRE, "Trung tâm Chính trị");
        KIND_LABELS.put(UnitKind.ENTERPRISE_PARTY_COMMITTEE, "Đảng ủy Khối doanh nghiệp");
        KIND_LABELS.put(UnitKind.FATHERLAND_FRONT, "Mặt trận Tổ quốc");
        KIND_LABELS.put(UnitKind.MASS_ORGANISATION, "Đoàn thể");
        KIND_LABELS.put(UnitKind.PEOPLES_COUNCIL, "Hội đồng nhân dân");
        KIND_LABELS.put(UnitKind.PEOPLES_COUNCIL_COMMITTEE, "Ban của HĐND");
        KIND_LABELS.put(UnitKind.PEOPLES_COMMITTEE, "Ủy ban nhân dân");
        KIND_LABELS.put(UnitKind.OFFICE, "Phòng chuyên môn");
        KIND_LABELS.put(UnitKind.HOME_AFFAIRS_OFFICE, "Phòng Nội vụ");
        KIND_LABELS.put(UnitKind.EDUCATION_OFFICE, "Phòng Giáo dục và Đào tạo");
        KIND_LABELS.put(UnitKind.PUBLIC_SERVICE_UNIT, "Đơn vị sự nghiệp");
        KIND_LABELS.put(UnitKind.WARD_PARTY_COMMITTEE, "Đảng ủy phường");
        KIND_LABELS.put(UnitKind.WARD_FATHERLAND_FRONT, "MTTQ phường");
        KIND_LABELS.put(UnitKind.WARD_MASS_ORGANISATION, "Đoàn thể phường");
        KIND_LABELS.put(UnitKind.WARD_PEOPLES_COMMITTEE, "UBND phường");
        KIND_LABELS.put(UnitKind.PRESCHOOL, "Trường mầm non");
        KIND_LABELS.put(UnitKind.PRIMARY_SCHOOL, "Trường tiểu học");
        KIND_LABELS.put(UnitKind.LOWER_SECONDARY_SCHOOL, "Trường THCS");
        for (UnitKind kind : UnitKind.values()) {
            KINDS.put(HeaderMatcher.key(kind.name()), kind);
            KINDS.put(HeaderMatcher.key(KIND_LABELS.get(kind)), kind);
        }
        KINDS.put(HeaderMatcher.key("UBND"), UnitKind.PEOPLES_COMMITTEE);
        KINDS.put(HeaderMatcher.key("HĐND"), UnitKind.PEOPLES_COUNCIL);
        KINDS.put(HeaderMatcher.key("MTTQ"), UnitKind.FATHERLAND_FRONT);
        KINDS.put(HeaderMatcher.key("Ủy ban MTTQ phường"), UnitKind.WARD_FATHERLAND_FRONT);
        KINDS.put(HeaderMatcher.key("Trường trung học cơ sở"), UnitKind.LOWER_SECONDARY_SCHOOL);
        for (Block block : Block.values()) {
            BLOCKS.put(HeaderMatcher.key(block.name()), block);
            BLOCKS.put(HeaderMatcher.key(block.officialName()), block);
        }
        BLOCKS.put(HeaderMatcher.key("Đảng"), Block.PARTY);
        BLOCKS.put(HeaderMatcher.key("Đoàn thể"), Block.PARTY);
        BLOCKS.put(HeaderMatcher.key("Trường"), Block.SCHOOL);
    }

    private UnitVocabulary() {
    }

    /** The kind a cell names (label or constant name; "Quận ủy (DISTRICT_PARTY_COMMITTEE)" too), or null. */
    public static UnitKind kind(String text) {
        if (text == null) {
            return null;
        }
        UnitKind kind = KINDS.get(HeaderMatcher.key(text));
        if (kind == null) {
            // "Quận ủy (DISTRICT_PARTY_COMMITTEE)": the name in parentheses
            int open = text.indexOf('(');
            int close = text.lastIndexOf(')');
            if (open >= 0 && close > open) {
                kind = KINDS.get(HeaderMatcher.key(text.substring(open + 1, close)));
            }
        }
        return kind;
    }

    public static Block block(String text) {
        return text == null ? null : BLOCKS.get(HeaderMatcher.key(text));
    }

    public static String label(UnitKind kind) {
        return kind == null ? "" : KIND_LABELS.get(kind);
    }

    public static String label(Block block) {
        return block == null ? "" : block.officialName();
    }

    /** Allowed kinds for messages: "Quận ủy (DISTRICT_PARTY_COMMITTEE)", ... */
    public static List<String> kindChoices() {
        List<String> choices = new ArrayList<>();
        for (UnitKind kind : UnitKind.values()) {
            choices.add(KIND_LABELS.get(kind) + " (" + kind.name() + ")");
        }
        return choices;
    }

    public static List<String> blockChoices() {
        List<String> choices = new ArrayList<>();
        for (Block block : Block.values()) {
            choices.add(block.officialName());
        }
        return choices;
    }
}
