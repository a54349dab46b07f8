package vn.danhgia.evaluation.application;

import vn.danhgia.organization.domain.Unit;

/**
 * Test fixture only: an evaluation class reaching into the organisation module's entities,
 * which house rule 1 forbids. The architecture test proves the rule catches it.
 */
public class ForbiddenDependencyFixture {

    public String unitName(Unit unit) {
        return unit.getName();
    }
}
