/** Stateless services implementing the facades (the transaction boundary) and batch jobs. */
package vn.danhgia.exam.application;
