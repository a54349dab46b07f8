package vn.danhgia.web.organization;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.danhgia.organization.api.UnitFacade;
import vn.danhgia.organization.api.UnitView;

/** Backs {@code /organization/units.xhtml}: the units valid on a date and their PDF. */
@Named
@ViewScoped
public class UnitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient UnitFacade unitFacade;

    private LocalDate asOf = LocalDate.now();
    private List<UnitView> units;
    private TreeNode<UnitNode> tree;

    /** A row of the unit tree: the unit and its headcount on the date. */
    public record UnitNode(UnitView unit, int headcount) {
    }

    @PostConstruct
    void load() {
        units = unitFacade.unitsAsOf(asOf);
        tree = buildTree(units, unitFacade.headcounts(asOf));
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
    public TreeNode<UnitNode> getTree() { return tree; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf == null ? LocalDate.now() : asOf; }
}
