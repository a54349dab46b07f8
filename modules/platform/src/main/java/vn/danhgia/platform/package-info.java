/**
 * Shared kernel of DanhGia: the application datasource, the Flyway migrations of every module,
 * user accounts and roles, the audit log, rule packs and the {@code Ruling}/{@code Finding}
 * explanation model (RULES.md RP-1, RP-2).
 *
 * <p>Packaged as an EJB module (not in the EAR {@code lib/}) because it hosts the start-up
 * singleton, the {@code @DataSourceDefinition} and {@code @Stateless} services; EJBs inside
 * {@code lib/} jars are not deployed by the container.
 */
package vn.danhgia.platform;
