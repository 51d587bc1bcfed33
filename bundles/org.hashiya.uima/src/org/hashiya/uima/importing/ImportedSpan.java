package org.hashiya.uima.importing;

/**
 * A span as a reader found it, checked later: UTF-16 offsets into its article text, end exclusive.
 *
 * @param annotator who the source says labeled it, or empty when it does not say
 * @param note      the annotator's note, or null
 * @param place     where it was read, for messages
 */
record ImportedSpan(int begin, int end, String label, String annotator, String note, Place place) {

	static ImportedSpan of(int begin, int end, String label, Place place) {
		return new ImportedSpan(begin, end, label, "", null, place);
	}
}
