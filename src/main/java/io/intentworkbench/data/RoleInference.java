package io.intentworkbench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Chooses a role for each column: the target, features, ids, and columns to ignore (with a notice). */
final class RoleInference {
    private static final Pattern TARGET_NAME = Pattern.compile(
            "(?i).*(revenue|purchas|convert|conversion|bought|(^|_)buy|label|target|outcome|(^|_)order(ed)?($|_)).*");
    private static final Pattern ID_NAME =
            Pattern.compile("(?i)(.*[_ ]id|id|.*_?uuid|.*session.*|.*customer.*|user.*)");
    private static final int MIN_ROWS_FOR_ID = 20;

    private RoleInference() {
    }

    static List<ColumnProfile> assign(List<ColumnProfile> profiles, int rows, List<ImportWarning> warnings) {
        List<ColumnProfile> assigned = new ArrayList<>();
        for (ColumnProfile profile : profiles) {
            ColumnProfile withRole = roleOf(profile, rows);
            if (withRole.role() == ColumnRole.IGNORE) {
                warnings.add(ImportWarning.ofColumn(profile.name(), withRole.roleReason()));
            }
            assigned.add(withRole);
        }
        int target = guessTarget(assigned);
        if (target >= 0) {
            assigned.set(target, assigned.get(target).withRole(ColumnRole.TARGET, "binary column named like a target"));
        }
        return assigned;
    }

    private static ColumnProfile roleOf(ColumnProfile p, int rows) {
        long present = rows - p.missing() - p.invalid();
        if (present <= 0) {
            return p.withRole(ColumnRole.IGNORE, "every value is missing; the column is ignored");
        }
        if (p.distinct() == 1) {
            return p.withRole(ColumnRole.IGNORE, "every row holds the same value ('" + p.topValues().get(0).value()
                    + "'); the column is ignored");
        }
        boolean unique = p.distinct() >= present && rows >= MIN_ROWS_FOR_ID;
        boolean idNamed = ID_NAME.matcher(p.name()).matches() && p.distinct() > 0.9 * present;
        return switch (p.type()) {
            case DATE -> p.withRole(ColumnRole.IGNORE, "dates are not used as features; the column is ignored");
            case TEXT -> unique || idNamed ? p.withRole(ColumnRole.ID, "a different value in every row")
                    : p.withRole(ColumnRole.IGNORE, "free text with " + p.distinct()
                    + " different values is not used as a feature; the column is ignored");
            case CATEGORICAL -> unique || idNamed ? p.withRole(ColumnRole.ID, "a different value in every row") : p;
            case NUMERIC -> (unique && p.integral()) || (idNamed && p.integral())
                    ? p.withRole(ColumnRole.ID, "a different whole number in every row") : p;
            case BOOLEAN -> p;
        };
    }

    /** A binary feature named like a target, or failing that the last column when it is binary. */
    private static int guessTarget(List<ColumnProfile> profiles) {
        for (int i = profiles.size() - 1; i >= 0; i--) {
            ColumnProfile p = profiles.get(i);
            if (isBinaryFeature(p) && TARGET_NAME.matcher(p.name()).matches()) {
                return i;
            }
        }
        int last = profiles.size() - 1;
        return last >= 0 && isBinaryFeature(profiles.get(last)) && profiles.get(last).type() == ColumnType.BOOLEAN
                ? last : -1;
    }

    private static boolean isBinaryFeature(ColumnProfile p) {
        return p.role() == ColumnRole.FEATURE && p.distinct() == 2;
    }
}
