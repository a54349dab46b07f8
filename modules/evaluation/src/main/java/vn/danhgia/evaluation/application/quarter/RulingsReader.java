package vn.danhgia.evaluation.application.quarter;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import vn.danhgia.evaluation.domain.professionalism.SheetFacts;
import vn.danhgia.evaluation.infrastructure.quarter.CurrentRuling;
import vn.danhgia.evaluation.infrastructure.quarter.QuarterRecord;
import vn.danhgia.evaluation.infrastructure.quarter.RulingStore;
import vn.danhgia.evaluation.infrastructure.quarter.SheetInput;
import vn.danhgia.evaluation.infrastructure.quarter.SheetStore;

/**
 * Job {@code eva-quarter-rulings}, reader: the quarter's sheets by id, a page at a time with the page's facts read
 * set-based ({@link RulingMaker#facts}). The checkpoint is the id of the last sheet handed out, so a restart resumes
 * after the last committed chunk.
 */
@Named
@Dependent
public class RulingsReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    @BatchProperty
    private String quarterId;

    @Inject
    private SheetStore store;

    @Inject
    private RulingStore rulings;

    @Inject
    private RulingMaker maker;

    @Inject
    private jakarta.batch.runtime.context.StepContext step;

    private final Deque<RulingCandidate> buffer = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty() && !exhausted) {
            fill(buffer.isEmpty() ? lastId : buffer.peekLast().input().sheetId());
        }
        RulingCandidate next = buffer.poll();
        if (next != null) {
            lastId = next.input().sheetId();
            step.setTransientUserData(lastId);
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }

    private void fill(long afterId) {
        QuarterRecord quarter = store.quarter(Long.parseLong(quarterId)).orElseThrow();
        List<SheetInput> page = store.inputsAfter(quarter.getId(), afterId, PAGE);
        if (page.size() < PAGE) {
            exhausted = true;
        }
        if (page.isEmpty()) {
            return;
        }
        Map<Long, SheetFacts> facts = maker.facts(quarter, page);
        Map<Long, CurrentRuling> current = rulings.current(page.stream().map(SheetInput::sheetId).toList());
        for (SheetInput input : page) {
            buffer.add(new RulingCandidate(input, facts.get(input.sheetId()), current.get(input.sheetId()), null));
        }
    }
}
