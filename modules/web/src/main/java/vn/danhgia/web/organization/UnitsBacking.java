package vn.danhgia.web.organization;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.danhgia.organization.api.Block;
import vn.danhgia.organization.api.OrganizationException;
import vn.danhgia.organization.api.UnitChange;
import vn.danhgia.organization.api.UnitFacade;
import vn.danhgia.organization.api.UnitKind;
import vn.danhgia.organization.api.UnitView;

/**
 * Backs {@code /organization/units.xhtml}: the units valid on a date, their PDF, and (ADMIN, HR_OFFICER) the dated
 * changes of the tree — create, rename, merge, abolish (RULES.md ORG-1, ORG-9) — and each unit's history.
 */
@Named
@ViewScoped
public class UnitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The kinds a focal body may be of (the service checks it again). */
    private static final java.util.Set<UnitKind> FOCAL_KINDS = java.util.EnumSet.of(UnitKind.HOME_AFFAIRS_OFFICE,
            UnitKind.EDUCATION_OFFICE, UnitKind.PARTY_ORGANISATION_BOARD);

    @Inject
    private transient UnitFacade unitFacade;

    private LocalDate asOf = LocalDate.now();
    private List<UnitView> units;
    private TreeNode<UnitNode> tree;

    /** A row of the unit tree: the unit and its headcount on the date. */
    public record UnitNode(UnitView unit, int headcount) {
    }

    private boolean canEdit;
    private Map<Long, Long> versions = Map.of();
    private int activeTab;

    // create
    private String newCode;
    private String newName;
    private String newType;
    private UnitKind newKind;
    private Block newBlock;
    private Long newParentId;
    private String newArea;
    private LocalDate newFrom;
    private List<UnitView> parentOptions = List.of();
    // rename / abolish / history: the unit of the row
    private UnitView target;
    private LocalDate changeDate;
    private String renameCode;
    private String renameName;
    private String legalBasis;
    // merge
    private List<String> mergeIds = new ArrayList<>();
    private String mergeCode;
    private String mergeName;
    private Long mergeParentId;
    private Long mergeHeadId;
    private List<UnitChange.Head> mergeHeads = List.of();
    private List<UnitChange.EventView> history = List.of();
    // focal body (PRO-11 step 3) of the row's unit
    private Long focalId;
    private List<UnitView> focalOptions = List.of();

    @PostConstruct
    void load() {
        units = unitFacade.unitsAsOf(asOf);
        tree = buildTree(units, unitFacade.headcounts(asOf));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        canEdit = external.getRemoteUser() != null
                && (external.isUserInRole("ADMIN") || external.isUserInRole("HR_OFFICER"));
        versions = canEdit ? unitFacade.versionsAsOf(asOf) : Map.of();
    }

    // ---- create ----

    public void prepareCreate() {
        newCode = null;
        newName = null;
        newType = null;
        newKind = null;
        newBlock = null;
        newParentId = null;
        newArea = null;
        newFrom = asOf;
        legalBasis = null;
        parentOptions = units;
    }

    public void kindChanged() {
        newBlock = newKind == null ? null : newKind.block();
    }

    public void createDateChanged() {
        parentOptions = newFrom == null ? List.of() : unitFacade.unitsAsOf(newFrom);
    }

    public void create() {
        if (guard()) {
            run(() -> unitFacade.createAt(new UnitChange.Create(newCode, newName, newType, newKind, newBlock,
                    newParentId, newArea, newFrom, legalBasis)), "organization_units.message.created");
        }
    }

    // ---- rename / abolish / history of a row ----

    public void prepareRename(UnitView unit) {
        target = unit;
        changeDate = asOf.isAfter(unit.validFrom()) ? asOf : unit.validFrom().plusDays(1);
        renameCode = suggestCode(unit.code(), changeDate);
        renameName = unit.name();
        legalBasis = null;
    }

    public void renameDateChanged() {
        if (target != null && changeDate != null) {
            renameCode = suggestCode(target.code(), changeDate);
        }
    }

    public void rename() {
        if (guard() && target != null) {
            run(() -> unitFacade.rename(new UnitChange.Rename(target.id(), versionOf(target.id()), changeDate,
                    renameCode, renameName, legalBasis)), "organization_units.message.renamed");
        }
    }

    public void prepareAbolish(UnitView unit) {
        target = unit;
        changeDate = asOf.isAfter(unit.validFrom()) ? asOf : unit.validFrom().plusDays(1);
        legalBasis = null;
    }

    public void abolish() {
        if (guard() && target != null) {
            run(() -> unitFacade.abolish(new UnitChange.Abolish(target.id(), versionOf(target.id()), changeDate,
                    legalBasis)), "organization_units.message.abolished");
        }
    }

    public void showHistory(UnitView unit) {
        target = unit;
        history = unitFacade.history(unit.id());
    }

    // ---- focal body of a row (RULES.md PRO-11 step 3) ----

    public void prepareFocal(UnitView unit) {
        target = unit;
        focalId = unit.focalUnitId();
        focalOptions = unitFacade.unitsAsOf(LocalDate.now()).stream()
                .filter(u -> u.id() != unit.id() && FOCAL_KINDS.contains(u.kind())).toList();
    }

    public void saveFocal() {
        if (!guard() || target == null) {
            return;
        }
        long unitId = target.id();
        Long focal = focalId;
        try {
            unitFacade.setFocalBody(unitId, versionOf(unitId), focal,
                    FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
            activeTab = 0;
            load();
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    text("organization_units.message.focalSaved"), null));
        } catch (OrganizationException | EJBException e) {
            refused(e);
        }
    }

    // ---- merge ----

    public void prepareMerge() {
        mergeIds = new ArrayList<>();
        mergeCode = null;
        mergeName = null;
        mergeParentId = null;
        mergeHeadId = null;
        mergeHeads = List.of();
        changeDate = asOf;
        legalBasis = null;
    }

    public void mergeSourcesChanged() {
        mergeHeads = unitFacade.headsOf(mergeIds.stream().map(Long::valueOf).toList(), changeDate);
        if (mergeHeadId != null && mergeHeads.stream().noneMatch(h -> h.personId() == mergeHeadId)) {
            mergeHeadId = null;
        }
        if (mergeParentId == null && !mergeIds.isEmpty()) {
            long first = Long.parseLong(mergeIds.get(0));
            units.stream().filter(u -> u.id() == first).findFirst().ifPresent(u -> mergeParentId = u.parentId());
        }
    }

    public void merge() {
        if (guard()) {
            List<UnitChange.Source> sources = mergeIds.stream().map(Long::valueOf)
                    .map(id -> new UnitChange.Source(id, versionOf(id))).toList();
            run(() -> unitFacade.merge(new UnitChange.Merge(sources, changeDate, mergeCode, mergeName, null, null,
                    mergeParentId, null, mergeHeadId, legalBasis)), "organization_units.message.merged");
        }
    }

    /** Units valid on the date of the list that could be merged (the list's units). */
    public List<UnitView> getMergeOptions() {
        return units;
    }

    // ---- plumbing ----

    private boolean guard() {
        if (!canEdit) {
            error(text("organization_units.message.forbidden"));
            return false;
        }
        return true;
    }

    /** Old code + "-" + year, within the 32 characters of the code column (the service checks it again). */
    private static String suggestCode(String oldCode, LocalDate date) {
        String suffix = "-" + date.getYear();
        String base = oldCode.length() + suffix.length() > 32 ? oldCode.substring(0, 32 - suffix.length()) : oldCode;
        return base + suffix;
    }

    private long versionOf(long unitId) {
        Long v = versions.get(unitId);
        return v == null ? -1 : v;
    }

    private void run(java.util.function.Supplier<UnitChange.Result> change, String key) {
        try {
            UnitChange.Result result = change.get();
            asOf = result.date();
            activeTab = 1;
            load();
            String moved = result.membershipsMoved() > 0
                    ? " " + text("organization_units.message.moved")
                            .replace("{0}", String.valueOf(result.membershipsMoved()))
                    : "";
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    text(key) + moved, null));
        } catch (OrganizationException | EJBException e) {
            refused(e);
        }
    }

    /** Explains a refused change (Vietnamese message of the service), or rethrows what is not a refusal. */
    private static void refused(RuntimeException e) {
        Throwable cause = e;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof OrganizationException rejected) {
            error(rejected.getMessage());
        } else if (cause instanceof jakarta.persistence.OptimisticLockException
                || cause instanceof jakarta.persistence.PersistenceException) {
            error(text("organization_units.message.failed"));
        } else {
            throw e;
        }
    }

    private static void error(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    private static String text(String key) {
        return vn.danhgia.web.i18n.Texts.get(FacesContext.getCurrentInstance(), key);
    }

    private static TreeNode<UnitNode> buildTree(List<UnitView> units, Map<Long, Integer> headcounts) {
        TreeNode<UnitNode> root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<UnitNode>> nodes = new HashMap<>();
        for (UnitView unit : units) {
            TreeNode<UnitNode> parent = unit.parentId() == null ? root : nodes.getOrDefault(unit.parentId(), root);
            TreeNode<UnitNode> node = new DefaultTreeNode<>(new UnitNode(unit, headcounts.getOrDefault(unit.id(), 0)), parent);
            node.setExpanded(unit.parentId() == null);
            nodes.put(unit.id(), node);
        }
        return root;
    }

    public void reload() {
        load();
    }

    public StreamedContent getPdf() {
        LocalDate date = asOf;
        return DefaultStreamedContent.builder()
                .name("danh-sach-don-vi.pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(unitFacade.unitListPdf(date)))
                .build();
    }

    public List<UnitView> getUnits() { return units; }
    public boolean isCanEdit() { return canEdit; }
    public int getActiveTab() { return activeTab; }
    public void setActiveTab(int activeTab) { this.activeTab = activeTab; }
    public UnitKind[] getKinds() { return UnitKind.values(); }
    public Block[] getBlocks() { return Block.values(); }
    public String getNewCode() { return newCode; }
    public void setNewCode(String v) { newCode = v; }
    public String getNewName() { return newName; }
    public void setNewName(String v) { newName = v; }
    public String getNewType() { return newType; }
    public void setNewType(String v) { newType = v; }
    public UnitKind getNewKind() { return newKind; }
    public void setNewKind(UnitKind v) { newKind = v; }
    public Block getNewBlock() { return newBlock; }
    public void setNewBlock(Block v) { newBlock = v; }
    public Long getNewParentId() { return newParentId; }
    public void setNewParentId(Long v) { newParentId = v; }
    public String getNewArea() { return newArea; }
    public void setNewArea(String v) { newArea = v; }
    public LocalDate getNewFrom() { return newFrom; }
    public void setNewFrom(LocalDate v) { newFrom = v; }
    public List<UnitView> getParentOptions() { return parentOptions; }
    public UnitView getTarget() { return target; }
    public LocalDate getChangeDate() { return changeDate; }
    public void setChangeDate(LocalDate v) { changeDate = v; }
    public String getRenameCode() { return renameCode; }
    public void setRenameCode(String v) { renameCode = v; }
    public String getRenameName() { return renameName; }
    public void setRenameName(String v) { renameName = v; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String v) { legalBasis = v; }
    public List<String> getMergeIds() { return mergeIds; }
    public void setMergeIds(List<String> v) { mergeIds = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getMergeCode() { return mergeCode; }
    public void setMergeCode(String v) { mergeCode = v; }
    public String getMergeName() { return mergeName; }
    public void setMergeName(String v) { mergeName = v; }
    public Long getMergeParentId() { return mergeParentId; }
    public void setMergeParentId(Long v) { mergeParentId = v; }
    public Long getMergeHeadId() { return mergeHeadId; }
    public void setMergeHeadId(Long v) { mergeHeadId = v; }
    public List<UnitChange.Head> getMergeHeads() { return mergeHeads; }
    public List<UnitChange.EventView> getHistory() { return history; }
    public Long getFocalId() { return focalId; }
    public void setFocalId(Long v) { focalId = v; }
    public List<UnitView> getFocalOptions() { return focalOptions; }
    public TreeNode<UnitNode> getTree() { return tree; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf == null ? LocalDate.now() : asOf; }
}
