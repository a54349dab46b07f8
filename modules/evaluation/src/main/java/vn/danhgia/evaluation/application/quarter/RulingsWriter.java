package vn.danhgia.evaluation.application.quarter;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.evaluation.infrastructure.quarter.CurrentRuling;
import vn.danhgia.evaluation.infrastructure.quarter.RulingStore;

/** Job {@code eva-quarter-rulings}, writer: the chunk's new revisions in one JDBC batch, in the chunk's transaction. */
@Named
@Dependent
public class RulingsWriter extends AbstractItemWriter {

    @Inject
    private RulingStore rulings;

    @Override
    public void writeItems(List<Object> items) {
        Map<Long, CurrentRuling> current = new HashMap<>();
        List<RulingCandidate> candidates = items.stream().map(RulingCandidate.class::cast).toList();
        candidates.stream().filter(c -> c.current() != null).forEach(c -> current.put(c.input().sheetId(), c.current()));
        rulings.insert(candidates.stream().map(RulingCandidate::ruling).toList(), current);
    }
}
