/** Entities, value objects and rules (pure Java rules, no Jakarta imports in rules). */
package vn.danhgia.classification.domain;
