/**
 * Sensitivity analysis of a valuation (as <i>A Guide to Social Return on Investment</i> asks): switching values that bring the SROI ratio to
 * 1:1 ({@link uk.gov.lancashire.socialvalue.sensitivity.SwitchingValues}, the entry point), one-way ±
 * tables ({@link uk.gov.lancashire.socialvalue.sensitivity.OneWayTable}) and a seeded Monte Carlo band
 * over declared input distributions ({@link uk.gov.lancashire.socialvalue.sensitivity.MonteCarlo}).
 */
@NullMarked
package uk.gov.lancashire.socialvalue.sensitivity;

import org.jspecify.annotations.NullMarked;
