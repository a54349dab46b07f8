/** Facades, DTO records and events: the only package of this module others may import. */
package vn.danhgia.evaluation.api;
