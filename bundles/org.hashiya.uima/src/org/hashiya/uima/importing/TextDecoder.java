package org.hashiya.uima.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.hashiya.core.io.InvalidTextFileException;
import org.hashiya.core.io.TextFiles;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Turns the bytes of a text or HTML file into its text, exactly or not at all: a byte order mark
 * decides (UTF-8, UTF-16 LE or BE); without one the chosen encoding, else UTF-8, else Windows-1256
 * when ICU's detector finds Arabic in it. Anything else is an error naming the file and the byte.
 */
final class TextDecoder {

	/** Still the encoding of much Arabic text written on Windows. */
	static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
	/** ICU's confidence (0–100) from which bytes that are not UTF-8 are taken as Windows-1256. */
	private static final int DETECTION_CONFIDENCE = 30;
	private static final String CUT_OFF = "Is it cut off, or in another encoding?";
	private static final byte[] UTF_8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
	private static final byte[] UTF_16LE_BOM = { (byte) 0xFF, (byte) 0xFE };
	private static final byte[] UTF_16BE_BOM = { (byte) 0xFE, (byte) 0xFF };

	private final Optional<Charset> chosen;

	/** @param chosen the encoding of files without a byte order mark, if the user named it */
	TextDecoder(Optional<Charset> chosen) {
		this.chosen = chosen;
	}

	/** @throws InvalidTextFileException naming the file, the byte offset and the problem */
	String decode(Place place, byte[] bytes) throws InvalidTextFileException {
		if (startsWith(bytes, UTF_8_BOM)) {
			return decode(place, bytes, UTF_8_BOM.length, StandardCharsets.UTF_8, CUT_OFF);
		}
		if (startsWith(bytes, UTF_16LE_BOM)) {
			return decode(place, bytes, UTF_16LE_BOM.length, StandardCharsets.UTF_16LE, CUT_OFF);
		}
		if (startsWith(bytes, UTF_16BE_BOM)) {
			return decode(place, bytes, UTF_16BE_BOM.length, StandardCharsets.UTF_16BE, CUT_OFF);
		}
		if (chosen.isPresent()) {
			return decode(place, bytes, 0, chosen.get(), "Is it in the encoding you chose?");
		}
		try {
			return decode(place, bytes, 0, StandardCharsets.UTF_8, "It does not look like Windows-1256 Arabic either; save it as UTF-8, or name its encoding.");
		} catch (InvalidTextFileException notUtf8) {
			if (looksLikeWindows1256(bytes)) {
				return decode(place, bytes, 0, WINDOWS_1256, CUT_OFF);
			}
			throw notUtf8;
		}
	}

	private static String decode(Place place, byte[] bytes, int start, Charset charset, String advice) throws InvalidTextFileException {
		String text = TextFiles.decode(place.file(), bytes, start, charset, advice);
		int nul = text.indexOf('\0');
		if (nul >= 0) {
			throw place.problem("byte " + byteOffset(text, nul, start, charset) + " is a NUL character, which no text holds: is the file UTF-16 without"
					+ " a byte order mark, or not a text file at all?");
		}
		int bom = text.indexOf('\uFEFF');
		if (bom >= 0) {
			throw place.problem("byte " + byteOffset(text, bom, start, charset) + " is a byte order mark (U+FEFF) in the middle of the text, as when"
					+ " files are joined together; remove it, since it would count as a character of the article");
		}
		return text;
	}

	private static long byteOffset(String text, int index, int start, Charset charset) {
		return start + (long) text.substring(0, index).getBytes(charset).length;
	}

	private static boolean looksLikeWindows1256(byte[] bytes) {
		CharsetDetector detector = new CharsetDetector();
		detector.setText(bytes);
		CharsetMatch best = detector.detect();
		return best != null && WINDOWS_1256.name().equalsIgnoreCase(best.getName()) && best.getConfidence() >= DETECTION_CONFIDENCE;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}
}
