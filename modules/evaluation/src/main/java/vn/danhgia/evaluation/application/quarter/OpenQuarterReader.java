package vn.danhgia.evaluation.application.quarter;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.danhgia.evaluation.infrastructure.quarter.QuarterRecord;
import vn.danhgia.evaluation.infrastructure.quarter.SheetStore;
import vn.danhgia.organization.api.people.EvaluationFactsFacade;
import vn.danhgia.organization.api.people.EvaluationFactsFacade.EvaluatedPerson;

/**
 * Job {@code eva-quarter-open}, reader: the people of the district tree on the quarter's last day (PRO-3), by person
 * id, skipping those who already have a sheet — so a restart (or a second run) never creates a sheet twice.
 */
@Named
@Dependent
public class OpenQuarterReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String quarterId;

    @Inject
    private SheetStore store;

    @EJB
    private EvaluationFactsFacade facts;

    private List<EvaluatedPerson> people;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        QuarterRecord quarter = store.quarter(Long.parseLong(quarterId)).orElseThrow();
        Set<Long> done = store.personIdsWithSheet(quarter.getId());
        people = facts.peopleOfTree(quarter.getRootUnitId(), quarter.lastDay()).stream()
                .filter(p -> !done.contains(p.personId()))
                .sorted(Comparator.comparingLong(EvaluatedPerson::personId)).toList();
        next = 0;
    }

    @Override
    public Object readItem() {
        return next < people.size() ? people.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
