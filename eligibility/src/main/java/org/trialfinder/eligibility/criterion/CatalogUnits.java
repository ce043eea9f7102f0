package org.trialfinder.eligibility.criterion;

import java.util.Optional;
import java.util.OptionalDouble;
import org.trialfinder.eligibility.lab.Analyte;
import org.trialfinder.eligibility.lab.LabUnitException;
import org.trialfinder.eligibility.lab.Units;

/** {@link LabUnits} over the lab catalog: UCUM conversion within an analyte (molar masses included). */
public final class CatalogUnits implements LabUnits {

    public static final CatalogUnits INSTANCE = new CatalogUnits();

    private CatalogUnits() {}

    @Override
    public OptionalDouble convert(String key, double value, String fromUnit, String toUnit) {
        Optional<Analyte> analyte = Analyte.find(key);
        if (analyte.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Units.convert(analyte.get(), value, fromUnit, toUnit));
        } catch (LabUnitException e) {
            return OptionalDouble.empty();
        }
    }
}
