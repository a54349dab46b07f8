package vn.danhgia.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.danhgia.organization.api.Block;
import vn.danhgia.organization.api.UnitKind;

/**
 * A unit of the organisation tree with its validity period (RULES.md ORG-1): a 2023 quarter is
 * evaluated on the units valid in 2023, even after the July 2025 merges.
 */
@Entity
@Table(name = "org_unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32, unique = true)
    private String code;

    @Column(nullable = false, length = 255)
    private String name;

    @Column(name = "unit_type", nullable = false, length = 64)
    private String unitType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private UnitKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Block block;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "sort_path", nullable = false, length = 500)
    private String sortPath;

    @Version
    private long version;

    protected Unit() {
    }

    public Unit(String code, String name, String unitType, UnitKind kind, Block block, Unit parent, LocalDate validFrom) {
        this.code = code;
        this.name = name;
        this.unitType = unitType;
        this.kind = kind;
        this.block = block;
        this.parent = parent;
        this.validFrom = validFrom;
        this.sortPath = (parent == null ? "" : parent.sortPath + "/") + code;
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getUnitType() { return unitType; }
    public UnitKind getKind() { return kind; }
    public Block getBlock() { return block; }
    public Unit getParent() { return parent; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public String getSortPath() { return sortPath; }
}
