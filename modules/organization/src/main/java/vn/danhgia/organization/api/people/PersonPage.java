package vn.danhgia.organization.api.people;

import java.util.List;

/** A page of people and the number of people matching the filters. */
public record PersonPage(long total, List<PersonSummary> items) {
}
