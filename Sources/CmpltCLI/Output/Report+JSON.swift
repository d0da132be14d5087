import CmpltCore

extension Report {
    /// The contract's report object: `period`, `since`, `until`, `periods`, `totals`, `trend`,
    /// `categories`, and with `--by` `groups`; then this build's additions.
    var jsonValue: JSONValue {
        var members: [(String, JSONValue)] = [
            ("period", .string(kind.rawValue)), ("since", .string(since.rfc3339)), ("until", .string(until.rfc3339)),
            ("periods", .array(periods.map(\.jsonValue))), ("totals", totals.jsonValue), ("trend", trend.jsonValue),
            ("categories", .array(categories.map(\.jsonValue))),
        ]
        if let dimension {
            members.append(("by", .string(dimension.rawValue)))
            members.append(
                (
                    "groups",
                    .array(groups.map { .object([("key", .optional($0.key)), ("totals", $0.totals.jsonValue)]) })
                ))
        }
        members += [
            ("trend_days_to_close", closeTimeTrend.jsonValue), ("trend_csat", satisfactionTrend.jsonValue),
            ("recurring", .array(recurring.map(\.jsonValue))),
            (
                "backlog",
                .array(backlog.map { .object([("age_days", .string($0.label)), ("count", .int(Int64($0.count)))]) })
            ),
        ]
        return .object(members)
    }
}

extension PeriodMetrics {
    /// The scalar figures in column order: the contract's keys first, then this build's.
    var fields: [(String, JSONValue)] {
        func int(_ value: Int) -> JSONValue { .int(Int64(value)) }
        return [
            ("period", .string(period)), ("received", int(received)), ("closed", int(closed)),
            ("open_at_end", int(openAtEnd)),
            ("median_hours_to_acknowledge", .optional(medianHoursToAcknowledge)),
            ("median_days_to_respond", .optional(medianDaysToRespond)),
            ("median_days_to_close", .optional(medianDaysToClose)),
            ("responded_within_target_pct", .optional(respondedWithinTargetPct)), ("upheld_pct", .optional(upheldPct)),
            ("reopened", int(reopened)), ("ratings", int(ratings)), ("csat_pct", .optional(csatPct)),
            ("mean_score", .optional(meanScore)), ("nps", .optional(nps)), ("mean_effort", .optional(meanEffort)),
            ("escalated", int(escalated)),
            ("p90_hours_to_acknowledge", .optional(p90HoursToAcknowledge)),
            ("p90_days_to_respond", .optional(p90DaysToRespond)),
            ("p90_days_to_close", .optional(p90DaysToClose)),
            ("csat_ci_low", .optional(csatInterval?.lower)), ("csat_ci_high", .optional(csatInterval?.upper)),
            ("mean_score_ci_low", .optional(meanScoreInterval?.lower)),
            ("mean_score_ci_high", .optional(meanScoreInterval?.upper)),
            ("nps_margin", .optional(npsMarginOfError)), ("response_rate_pct", .optional(responseRatePct)),
            ("satisfaction_index", .optional(satisfactionIndex)),
        ]
    }

    /// The figures with the attribute table.
    var jsonValue: JSONValue {
        .object(fields + [("attributes", .array(attributes.map(\.jsonValue)))])
    }
}

extension AttributeMetrics {
    var jsonValue: JSONValue {
        .object([
            ("name", .string(name)), ("weight", .double(weight)), ("count", .int(Int64(count))),
            ("mean_score", .double(meanScore)), ("performance_pct", .double(performancePct)),
        ])
    }
}

extension Trend {
    var jsonValue: JSONValue {
        .object([
            ("direction", .string(direction.rawValue)), ("slope_per_period", .optional(slopePerPeriod)),
            ("p_value", .optional(pValue)), ("method", .string(method)), ("periods", .int(Int64(periods))),
        ])
    }
}

extension ParetoEntry {
    var jsonValue: JSONValue {
        .object([
            ("category", .string(category)), ("count", .int(Int64(count))), ("share_pct", .double(sharePct)),
            ("cumulative_pct", .double(cumulativePct)), ("vital_few", .bool(vitalFew)),
        ])
    }
}

extension RecurringProblem {
    var jsonValue: JSONValue {
        .object([
            ("field", .string(field)), ("value", .string(value)), ("count", .int(Int64(count))),
            ("expected", .double(expected)), ("p_value", .double(pValue)),
        ])
    }
}
