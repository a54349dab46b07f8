package vn.danhgia.organization.domain.authority;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.danhgia.organization.api.UnitKind;

/**
 * What the authority resolver needs to know about the organisation on a date. The application layer
 * implements it over the dated unit tree and memberships (ORG-1, ORG-5, ORG-9); tests use an in-memory
 * fake. Every method answers "nothing" rather than guessing: the resolver then reports why it could not
 * decide (RP-2).
 */
public interface OrgDirectory {

    /** The head (cấp trưởng) of the unit on the date; empty when the post is vacant or unknown. */
    Optional<PersonRef> head(long unitId, LocalDate date);

    /** The deputies (cấp phó) of the unit on the date, in a stable order; empty when there are none. */
    List<PersonRef> deputies(long unitId, LocalDate date);

    /** A unit by id (used to reach a parent unit). */
    Optional<UnitRef> unit(long unitId);

    /**
     * The one unit of a district-level kind valid on the date (the district Party Committee, People's
     * Council, People's Committee, Education Office...). Empty when there is none <em>or more than one</em>,
     * so the resolver never picks one at random.
     */
    Optional<UnitRef> singleUnitOfKind(UnitKind kind, LocalDate date);

    /**
     * The ward body of the given kind in the same ward as {@code unit} on the date (e.g. the ward Party
     * Committee of the ward a ward Fatherland Front belongs to), whether it is an ancestor or a sibling of
     * {@code unit} in the tree. Empty when {@code unit} is not in a ward or the ward has no such body.
     * The resolver itself answers the case where {@code unit} already is of that kind.
     */
    Optional<UnitRef> wardUnitOfKind(UnitRef unit, UnitKind kind, LocalDate date);
}
