package org.hashiya.core.agreement;

/** The agreement coefficients of an {@link AgreementTable}, all computed by DKPro Statistics. */
public enum Measure {

	/**
	 * Krippendorff's alpha for unitizing: compares where spans begin and end, character by
	 * character, and their labels, with gaps between spans counting too.
	 */
	KRIPPENDORFF_ALPHA_UNITIZING("alpha-u", "Krippendorff's alpha for unitizing: span boundaries (in characters) and labels together"),
	/** Cohen's kappa of two annotators over the tokens, each labeled with the span over it or O. */
	COHEN_KAPPA("kappa", "Cohen's kappa over tokens, each labeled with the span over it or O"),
	/** Fleiss' kappa of three or more annotators over the same tokens as {@link #COHEN_KAPPA}. */
	FLEISS_KAPPA("fleiss-kappa", "Fleiss' kappa over tokens, for three or more annotators");

	private final String shortName;
	private final String description;

	Measure(String shortName, String description) {
		this.shortName = shortName;
		this.description = description;
	}

	/** @return the name in tables and CSV files */
	public String shortName() {
		return shortName;
	}

	/** @return one sentence saying what the coefficient compares */
	public String description() {
		return description;
	}
}
