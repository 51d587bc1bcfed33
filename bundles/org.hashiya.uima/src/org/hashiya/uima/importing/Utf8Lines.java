package org.hashiya.uima.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.hashiya.core.io.InvalidTextFileException;

/**
 * The lines of a UTF-8 file, read one at a time so that a large corpus file never sits in memory
 * whole: strict UTF-8 (a bad byte is an error naming its line and offset), a byte order mark only at
 * the very start, no line longer than one article may be.
 */
final class Utf8Lines implements Closeable {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final Place place;
	private final InputStream in;
	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	private final byte[] buffer = new byte[64 * 1024];
	private int position;
	private int limit;
	private byte[] line = new byte[8 * 1024];
	private CharBuffer chars = CharBuffer.allocate(line.length);
	private long lineStart;
	private long nextLineStart;
	private int lineNumber;

	Utf8Lines(Path file) throws IOException {
		this.place = Place.of(file);
		this.in = Files.newInputStream(file);
	}

	/** @return the next line without its terminator ({@code \n} or {@code \r\n}), or null after the last */
	String next() throws IOException {
		int length = 0;
		boolean terminated = false;
		while (!terminated) {
			if (position == limit && !fill()) {
				if (length == 0) {
					return null;
				}
				break;
			}
			int newline = indexOf('\n');
			int end = newline >= 0 ? newline : limit;
			int count = end - position;
			if ((long) length + count > ImportLimits.MAX_ARTICLE_BYTES) {
				throw place.at("line " + (lineNumber + 1)).problem("the line is longer than the " + ImportLimits.megabytes(ImportLimits.MAX_ARTICLE_BYTES)
						+ " one article may take; is the file cut off, or not in this format?");
			}
			if (length + count > line.length) {
				line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
			}
			System.arraycopy(buffer, position, line, length, count);
			length += count;
			position = end;
			if (newline >= 0) {
				position++;
				terminated = true;
			}
		}
		lineNumber++;
		lineStart = nextLineStart;
		nextLineStart = lineStart + length + (terminated ? 1 : 0);
		if (length > 0 && line[length - 1] == '\r') {
			length--;
		}
		return decode(length);
	}

	/** @return the number of the line {@link #next()} returned last, from 1 */
	int lineNumber() {
		return lineNumber;
	}

	/** @return the place of the line {@link #next()} returned last */
	Place linePlace() {
		return place.at("line " + lineNumber);
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	private String decode(int length) throws InvalidTextFileException {
		if (chars.capacity() < length) {
			chars = CharBuffer.allocate(line.length);
		}
		chars.clear();
		decoder.reset();
		ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
		CoderResult result = decoder.decode(bytes, chars, true);
		if (!result.isError()) {
			result = decoder.flush(chars);
		}
		if (result.isError()) {
			throw linePlace().problem(String.format("not valid UTF-8: byte %d of the file (0x%02X) cannot start or continue a character. Save it as UTF-8.",
					lineStart + bytes.position(), line[bytes.position()] & 0xFF));
		}
		chars.flip();
		if (lineNumber == 1 && chars.hasRemaining() && chars.get(0) == BYTE_ORDER_MARK) {
			chars.position(1);
		}
		String text = chars.toString();
		if (text.indexOf(BYTE_ORDER_MARK) >= 0) {
			throw linePlace().problem("a byte order mark (U+FEFF) in the middle of the file, as when files are joined together; remove it");
		}
		return text;
	}

	private boolean fill() throws IOException {
		int read = in.read(buffer);
		if (read <= 0) {
			return false;
		}
		position = 0;
		limit = read;
		return true;
	}

	private int indexOf(char character) {
		for (int index = position; index < limit; index++) {
			if (buffer[index] == character) {
				return index;
			}
		}
		return -1;
	}
}
