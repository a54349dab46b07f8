package vn.danhgia.organization.domain.authority;

import java.util.Objects;
import vn.danhgia.organization.api.UnitKind;

/**
 * The small vocabulary the authority table uses to say who holds a role (RP-1: the table is data).
 * Written in the JSON as {@code HEAD_OF_OWN_UNIT}, {@code HEAD_OF_UNIT_OF_KIND:EDUCATION_OFFICE},
 * {@code COLLECTIVE:Bí thư Quận ủy chủ trì cùng tập thể Thường trực Quận ủy}...
 *
 * @param unitKind the kind for the {@code *_OF_KIND} types, else null
 * @param text     the Vietnamese description for {@link Type#COLLECTIVE}, else null
 */
public record HolderSpec(Type type, UnitKind unitKind, String text) {

    /** How a holder is found. */
    public enum Type {
        /** The head of the evaluated person's unit. */
        HEAD_OF_OWN_UNIT(false, false),
        /** The deputies of the evaluated person's unit (the one in charge comments; all are listed). */
        DEPUTY_OF_OWN_UNIT(false, false),
        /** The head and deputies of the evaluated person's unit (a school's Ban Giám hiệu). */
        LEADERSHIP_OF_OWN_UNIT(false, false),
        /** The head of the parent unit in the tree. */
        HEAD_OF_PARENT_UNIT(false, false),
        /** The head of the one district-level unit of a kind (e.g. the district People's Committee chair). */
        HEAD_OF_UNIT_OF_KIND(true, false),
        /** The deputies of the one district-level unit of a kind (e.g. the vice-chairs "in charge"). */
        DEPUTY_OF_UNIT_OF_KIND(true, false),
        /** The head of the ward body of a kind in the evaluated person's ward (e.g. the ward Party secretary). */
        HEAD_OF_WARD_UNIT_OF_KIND(true, false),
        /** A collective body or a leader the data cannot name, described in Vietnamese. */
        COLLECTIVE(false, true);

        private final boolean needsKind;
        private final boolean needsText;

        Type(boolean needsKind, boolean needsText) {
            this.needsKind = needsKind;
            this.needsText = needsText;
        }

        public boolean needsKind() {
            return needsKind;
        }

        public boolean needsText() {
            return needsText;
        }
    }

    public HolderSpec {
        Objects.requireNonNull(type, "type");
        if (type.needsKind() != (unitKind != null)) {
            throw new IllegalArgumentException(type + (type.needsKind() ? " needs a unit kind" : " takes no unit kind"));
        }
        if (type.needsText() != (text != null && !text.isBlank())) {
            throw new IllegalArgumentException(type + (type.needsText() ? " needs a description" : " takes no description"));
        }
        text = text == null ? null : text.strip();
    }

    public static HolderSpec of(Type type) {
        return new HolderSpec(type, null, null);
    }

    public static HolderSpec ofKind(Type type, UnitKind kind) {
        return new HolderSpec(type, kind, null);
    }

    public static HolderSpec collective(String text) {
        return new HolderSpec(Type.COLLECTIVE, null, text);
    }

    /**
     * Parses {@code TYPE}, {@code TYPE:UNIT_KIND} or {@code COLLECTIVE:text}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static HolderSpec parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty holder");
        }
        String s = spec.strip();
        int colon = s.indexOf(':');
        String typeName = colon < 0 ? s : s.substring(0, colon).strip();
        String argument = colon < 0 ? null : s.substring(colon + 1).strip();
        Type type;
        try {
            type = Type.valueOf(typeName);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown holder type '" + typeName + "' in '" + s + "'");
        }
        if (type.needsText()) {
            return new HolderSpec(type, null, argument);
        }
        if (type.needsKind()) {
            if (argument == null || argument.isEmpty()) {
                throw new IllegalArgumentException(type + " needs a unit kind: '" + s + "'");
            }
            try {
                return new HolderSpec(type, UnitKind.valueOf(argument), null);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown unit kind '" + argument + "' in '" + s + "'");
            }
        }
        if (argument != null) {
            throw new IllegalArgumentException(type + " takes no argument: '" + s + "'");
        }
        return of(type);
    }

    /** True for the types that look inside the evaluated person's own unit. */
    public boolean ownUnit() {
        return type == Type.HEAD_OF_OWN_UNIT || type == Type.DEPUTY_OF_OWN_UNIT || type == Type.LEADERSHIP_OF_OWN_UNIT;
    }

    /** The JSON form, e.g. {@code HEAD_OF_UNIT_OF_KIND:EDUCATION_OFFICE}. */
    @Override
    public String toString() {
        if (unitKind != null) {
            return type + ":" + unitKind;
        }
        return text != null ? type + ":" + text : type.name();
    }
}
