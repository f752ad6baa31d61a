/**
 * Contract performance under the Procurement Act 2023: {@link
 * uk.gov.lancashire.socialvalue.performance.PerformanceKpi KPIs} set under s.52 (the {@link
 * uk.gov.lancashire.socialvalue.performance.KpiRule rule} of at least three over £5m, its exemptions as
 * data), {@link uk.gov.lancashire.socialvalue.performance.PerformanceAssessment assessments} at least once
 * in every 12 months and on termination (s.71) rating each KPI and the contract from declared {@link
 * uk.gov.lancashire.socialvalue.performance.RatingThresholds thresholds} with reasoned overrides, the
 * {@link uk.gov.lancashire.socialvalue.performance.ContractPerformanceNotice contract performance notice}
 * (The Procurement Regulations 2024, reg 39), and {@link uk.gov.lancashire.socialvalue.performance.ActionPlan
 * remedial action plans} for KPIs rated below target. The entry point is {@link
 * uk.gov.lancashire.socialvalue.performance.PerformanceAssessment}.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.performance;

import org.jspecify.annotations.NullMarked;
