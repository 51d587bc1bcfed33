package org.hashiya.uima.arabic;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.component.CasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.hashiya.uima.HashiyaTypeSystem;

/**
 * Splits Arabic news text into sentences and tokens without changing it. A token is a run of
 * letters of one script (with their harakat and tatweel), a number (Western or Arabic-Indic
 * digits, with a decimal or thousands separator inside: 3.5، ٢٠١٤), or one punctuation mark
 * (، ؛ ؟ . ! « » “ ” ( ) / and the rest). Each token carries its {@link NormalizedText} key and
 * where its stem begins after proclitics ({@link Proclitics}). A sentence ends after . ! ? ؟ or …
 * (not after the single-letter abbreviation أ.ب) and at every line break.
 */
@TypeCapability(outputs = { HashiyaTypeSystem.SENTENCE, HashiyaTypeSystem.TOKEN, HashiyaTypeSystem.TOKEN + ":key", HashiyaTypeSystem.TOKEN + ":stemBegin" })
public final class ArabicSegmenter extends CasAnnotator_ImplBase {

	private static final String SENTENCE_ENDS = ".!?؟…";
	private static final String NUMBER_SEPARATORS = ".,٫٬";

	private Type sentenceType;
	private Type tokenType;
	private Feature keyFeature;
	private Feature stemFeature;

	@Override
	public void typeSystemInit(TypeSystem typeSystem) throws AnalysisEngineProcessException {
		super.typeSystemInit(typeSystem);
		sentenceType = HashiyaTypeSystem.type(typeSystem, HashiyaTypeSystem.SENTENCE);
		tokenType = HashiyaTypeSystem.type(typeSystem, HashiyaTypeSystem.TOKEN);
		keyFeature = tokenType.getFeatureByBaseName(HashiyaTypeSystem.FEATURE_KEY);
		stemFeature = tokenType.getFeatureByBaseName(HashiyaTypeSystem.FEATURE_STEM_BEGIN);
	}

	@Override
	public void process(CAS cas) throws AnalysisEngineProcessException {
		String text = cas.getDocumentText();
		if (text == null) {
			return;
		}
		int sentenceBegin = -1;
		int index = 0;
		while (index < text.length()) {
			char character = text.charAt(index);
			if (Character.isWhitespace(character) || Character.isSpaceChar(character) || Character.getType(character) == Character.FORMAT) {
				if (character == '\n' && sentenceBegin >= 0) {
					sentenceBegin = endSentence(cas, sentenceBegin, lastNonSpace(text, index));
				}
				index++;
				continue;
			}
			int end = tokenEnd(text, index);
			addToken(cas, text, index, end);
			if (sentenceBegin < 0) {
				sentenceBegin = index;
			}
			if (end - index == 1 && SENTENCE_ENDS.indexOf(character) >= 0 && !afterAbbreviation(text, index)) {
				sentenceBegin = endSentence(cas, sentenceBegin, end);
			}
			index = end;
		}
		if (sentenceBegin >= 0) {
			endSentence(cas, sentenceBegin, lastNonSpace(text, text.length()));
		}
	}

	private void addToken(CAS cas, String text, int begin, int end) {
		AnnotationFS token = cas.createAnnotation(tokenType, begin, end);
		token.setStringValue(keyFeature, NormalizedText.keyOf(text, begin, end));
		List<Proclitics.Reading> readings = Proclitics.readings(text, begin, end);
		token.setIntValue(stemFeature, readings.get(readings.size() - 1).stemBegin());
		cas.addFsToIndexes(token);
	}

	/** @return -1, the state of no open sentence */
	private int endSentence(CAS cas, int begin, int end) {
		if (begin < end) {
			cas.addFsToIndexes(cas.createAnnotation(sentenceType, begin, end));
		}
		return -1;
	}

	/** @return the end of the token starting at {@code begin} */
	static int tokenEnd(String text, int begin) {
		char first = text.charAt(begin);
		if (Character.isDigit(first)) {
			int index = begin + 1;
			while (index < text.length() && (Character.isDigit(text.charAt(index)) || isSeparatorInNumber(text, index))) {
				index++;
			}
			return index;
		}
		if (isWordCharacter(first)) {
			boolean arabic = isArabic(first);
			int index = begin + 1;
			while (index < text.length() && isWordCharacter(text.charAt(index)) && !Character.isDigit(text.charAt(index))
					&& (isMark(text.charAt(index)) || isArabic(text.charAt(index)) == arabic)) {
				index++;
			}
			return index;
		}
		return Character.isHighSurrogate(first) && begin + 1 < text.length() ? begin + 2 : begin + 1;
	}

	private static boolean isSeparatorInNumber(String text, int index) {
		return NUMBER_SEPARATORS.indexOf(text.charAt(index)) >= 0 && index + 1 < text.length() && Character.isDigit(text.charAt(index + 1));
	}

	private static boolean isWordCharacter(char character) {
		return Character.isLetter(character) || isMark(character);
	}

	private static boolean isMark(char character) {
		int type = Character.getType(character);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
	}

	/** Tatweel belongs to no script but only ever stretches Arabic words. */
	private static boolean isArabic(char character) {
		return character == 'ـ' || Character.UnicodeScript.of(character) == Character.UnicodeScript.ARABIC;
	}

	/** Whether the full stop at {@code index} follows a single letter, as in أ.ب */
	private static boolean afterAbbreviation(String text, int index) {
		return index >= 1 && Character.isLetter(text.charAt(index - 1)) && (index < 2 || !Character.isLetter(text.charAt(index - 2)))
				&& index + 1 < text.length() && Character.isLetter(text.charAt(index + 1));
	}

	private static int lastNonSpace(String text, int end) {
		int index = end;
		while (index > 0 && Character.isWhitespace(text.charAt(index - 1))) {
			index--;
		}
		return index;
	}
}
