package vn.danhgia.evaluation.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.danhgia.evaluation.api.quarter.EvaluationException;
import vn.danhgia.evaluation.api.rulepack.ProRulePackFacade;
import vn.danhgia.evaluation.domain.professionalism.CriteriaSet;
import vn.danhgia.evaluation.domain.professionalism.FormDefinition;
import vn.danhgia.evaluation.domain.professionalism.ProRulePack;
import vn.danhgia.evaluation.infrastructure.DefaultRulePacks;
import vn.danhgia.evaluation.infrastructure.ProRulePackLoader;
import vn.danhgia.evaluation.infrastructure.ProRulePacks;
import vn.danhgia.platform.audit.AuditAction;
import vn.danhgia.platform.audit.AuditLog;
import vn.danhgia.platform.rules.RulePack;
import vn.danhgia.platform.rules.RulePackStore;

/** Lists, shows and publishes PRO rule pack versions (RULES.md RP-1, PRO-13); publishing is audited. */
@Stateless
public class ProRulePackService implements ProRulePackFacade {

    @EJB
    private RulePackStore store;

    @Inject
    private ProRulePacks packs;

    @EJB
    private AuditLog auditLog;

    @Override
    public List<PackVersion> versions() {
        List<PackVersion> versions = new ArrayList<>();
        for (RulePack p : store.versions(ProRulePacks.CODE)) {
            versions.add(view(packs.version(p.getVersion()), false, p.getPublishedBy()));
        }
        ProRulePack shipped = DefaultRulePacks.pro();
        if (versions.stream().noneMatch(v -> v.version() == shipped.version())) {
            versions.add(view(shipped, true, null));
        }
        return versions;
    }

    @Override
    public String json(int version) {
        return store.version(ProRulePacks.CODE, version).map(RulePack::getContentJson).orElseGet(() -> {
            if (version != DefaultRulePacks.pro().version()) {
                throw EvaluationException.notFound("Không có bộ quy tắc PRO phiên bản " + version + ".");
            }
            try (InputStream in = ProRulePackLoader.class.getResourceAsStream(ProRulePackLoader.DEFAULT_RESOURCE)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public PackVersion publish(String json, String by) {
        ProRulePack pack;
        try {
            pack = ProRulePackLoader.fromJson(json == null ? "" : json);
        } catch (IllegalArgumentException e) {
            throw EvaluationException.invalid("INVALID_RULE_PACK", "Bộ quy tắc không hợp lệ, chưa lưu gì: " + e.getMessage());
        }
        int latest = versions().stream().mapToInt(PackVersion::version).max().orElse(0);
        if (!ProRulePacks.CODE.equals(pack.code()) || pack.version() != latest + 1) {
            throw EvaluationException.invalid("RULE_PACK_VERSION", "Bộ quy tắc phải có \"code\": \"PRO\" và \"version\": "
                    + (latest + 1) + " (phiên bản kế tiếp); tệp gửi lên có " + pack.code() + " v" + pack.version() + ".");
        }
        if (store.versions(ProRulePacks.CODE).isEmpty() && latest >= 1) {
            // keep the numbering in the store: the shipped versions become stored versions first
            for (int v = 1; v <= latest; v++) {
                store.publish(ProRulePacks.CODE, DefaultRulePacks.pro().legalBasis(), DefaultRulePacks.pro().effectiveFrom(),
                        DefaultRulePacks.pro().effectiveTo(), json(v), "system");
            }
        }
        RulePack stored = store.publish(ProRulePacks.CODE, pack.legalBasis(), pack.effectiveFrom(), pack.effectiveTo(), json, by);
        if (stored.getVersion() != pack.version()) {
            throw EvaluationException.conflict("RULE_PACK_VERSION", "Phiên bản " + pack.version()
                    + " vừa được người khác công bố; hãy tải lại.");
        }
        auditLog.record(by, AuditAction.DATA_CHANGED, "plt_rule_pack#" + stored.getId(),
                "RP-1: công bố bộ quy tắc PRO v" + pack.version() + " (" + pack.title() + ")");
        return view(pack, false, by);
    }

    private static PackVersion view(ProRulePack pack, boolean shipped, String by) {
        List<CriteriaSet> sets = pack.forms().values().stream().map(FormDefinition::criteriaSet).distinct().toList();
        return new PackVersion(pack.version(), pack.title(), pack.effectiveFrom(), pack.effectiveTo(),
                sets.stream().map(s -> s.id() + " — " + s.label()).toList(), sets.stream().anyMatch(CriteriaSet::sample),
                shipped, by);
    }
}
