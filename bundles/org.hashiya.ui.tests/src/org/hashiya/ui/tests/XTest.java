package org.hashiya.ui.tests;

import java.io.Closeable;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Moves the X server's pointer, presses its buttons and types keys through the XTEST extension, as
 * a person's mouse and keyboard would: the server then sends the windows real events, with the
 * screen positions and key codes that GTK and SWT read. Speaks the few requests it needs of the X11 protocol over the local
 * socket of {@code $DISPLAY}, authenticated by the cookie in {@code $XAUTHORITY}, so that the tests
 * need no tool outside Java.
 */
final class XTest implements Closeable {

	private static final String COOKIE = "MIT-MAGIC-COOKIE-1";
	private static final int QUERY_EXTENSION = 98;
	private static final int GET_KEYBOARD_MAPPING = 101;
	private static final int GET_INPUT_FOCUS = 43;
	private static final int FAKE_INPUT = 2;
	private static final int KEY_PRESS = 2;
	private static final int KEY_RELEASE = 3;
	private static final int BUTTON_PRESS = 4;
	private static final int BUTTON_RELEASE = 5;
	private static final int MOTION_NOTIFY = 6;

	private final SocketChannel channel;
	private final int xtestOpcode;
	private int minKeycode;
	private int maxKeycode;
	private int sequence;
	private final Map<Integer, Integer> keycodes = new HashMap<>();
	/** What followed the 32 bytes of the last reply read. */
	private ByteBuffer lastReplyData;

	/** Connects to the display named by {@code $DISPLAY}, which must be a local one such as ":99". */
	XTest() throws IOException {
		String display = System.getenv("DISPLAY");
		if (display == null || !display.startsWith(":")) {
			throw new IOException("DISPLAY is '" + display + "', not a local X display such as :99");
		}
		String number = display.substring(1).split("\\.")[0];
		channel = SocketChannel.open(StandardProtocolFamily.UNIX);
		channel.connect(UnixDomainSocketAddress.of("/tmp/.X11-unix/X" + number));
		try {
			connect(cookie(number));
			xtestOpcode = queryExtension("XTEST");
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
	}

	/** Moves the pointer to the screen position (x, y). */
	void move(int x, int y) throws IOException {
		fakeInput(MOTION_NOTIFY, 0, x, y);
	}

	void press(int button) throws IOException {
		fakeInput(BUTTON_PRESS, button, 0, 0);
	}

	void release(int button) throws IOException {
		fakeInput(BUTTON_RELEASE, button, 0, 0);
	}

	/** Presses (or with {@code down} false releases) the key that types the X keysym {@code keysym}. */
	void key(int keysym, boolean down) throws IOException {
		fakeInput(down ? KEY_PRESS : KEY_RELEASE, keycode(keysym), 0, 0);
	}

	/** Waits until the server has carried out everything sent before. */
	void sync() throws IOException {
		ByteBuffer request = request(4);
		request.put((byte) GET_INPUT_FOCUS).put((byte) 0).putShort((short) 1);
		send(request);
		readReply();
	}

	@Override
	public void close() throws IOException {
		channel.close();
	}

	private void connect(byte[] cookie) throws IOException {
		byte[] name = cookie.length == 0 ? new byte[0] : COOKIE.getBytes(StandardCharsets.US_ASCII);
		ByteBuffer setup = request(12 + padded(name.length) + padded(cookie.length));
		setup.put((byte) 'l').put((byte) 0).putShort((short) 11).putShort((short) 0);
		setup.putShort((short) name.length).putShort((short) cookie.length).putShort((short) 0);
		setup.put(Arrays.copyOf(name, padded(name.length))).put(Arrays.copyOf(cookie, padded(cookie.length)));
		channel.write(setup.flip());
		ByteBuffer head = read(8);
		ByteBuffer rest = read(4 * Short.toUnsignedInt(head.getShort(6)));
		if (head.get(0) != 1) {
			byte[] reason = new byte[Byte.toUnsignedInt(head.get(1))];
			rest.get(reason);
			throw new IOException("The X server refused the connection: " + new String(reason, StandardCharsets.US_ASCII));
		}
		minKeycode = Byte.toUnsignedInt(rest.get(26));
		maxKeycode = Byte.toUnsignedInt(rest.get(27));
	}

	/** @return the key code whose first keysym is {@code keysym} in the server's keyboard mapping */
	private int keycode(int keysym) throws IOException {
		Integer known = keycodes.get(keysym);
		if (known != null) {
			return known;
		}
		int count = maxKeycode - minKeycode + 1;
		ByteBuffer request = request(8);
		request.put((byte) GET_KEYBOARD_MAPPING).put((byte) 0).putShort((short) 2);
		request.put((byte) minKeycode).put((byte) count).putShort((short) 0);
		send(request);
		ByteBuffer reply = readReply();
		int perKeycode = Byte.toUnsignedInt(reply.get(1));
		ByteBuffer keysyms = lastReplyData;
		for (int index = 0; index < count; index++) {
			keycodes.putIfAbsent(keysyms.getInt(4 * index * perKeycode), minKeycode + index);
		}
		if (keycodes.containsKey(keysym)) {
			return keycodes.get(keysym);
		}
		throw new IOException("No key of the X server's keyboard types the keysym 0x" + Integer.toHexString(keysym));
	}

	private int queryExtension(String extension) throws IOException {
		byte[] name = extension.getBytes(StandardCharsets.US_ASCII);
		ByteBuffer request = request(8 + padded(name.length));
		request.put((byte) QUERY_EXTENSION).put((byte) 0).putShort((short) (2 + padded(name.length) / 4));
		request.putShort((short) name.length).putShort((short) 0).put(Arrays.copyOf(name, padded(name.length)));
		send(request);
		ByteBuffer reply = readReply();
		if (reply.get(8) == 0) {
			throw new IOException("The X server has no " + extension + " extension");
		}
		return Byte.toUnsignedInt(reply.get(9));
	}

	private void fakeInput(int type, int detail, int x, int y) throws IOException {
		ByteBuffer request = request(36);
		request.put((byte) xtestOpcode).put((byte) FAKE_INPUT).putShort((short) 9);
		request.put((byte) type).put((byte) detail).putShort((short) 0);
		// time 0: at once; root 0: the screen the pointer is on
		request.putInt(0).putInt(0).putInt(0).putInt(0);
		request.putShort((short) x).putShort((short) y).putInt(0).putShort((short) 0).put((byte) 0).put((byte) 0);
		send(request);
	}

	private void send(ByteBuffer request) throws IOException {
		request.flip();
		while (request.hasRemaining()) {
			channel.write(request);
		}
		sequence++;
	}

	/** Reads up to the reply to the last request; an error for any request fails. */
	private ByteBuffer readReply() throws IOException {
		while (true) {
			ByteBuffer packet = read(32);
			int kind = Byte.toUnsignedInt(packet.get(0));
			if (kind == 0) {
				throw new IOException("The X server answered request " + Short.toUnsignedInt(packet.getShort(2)) + " with error " + Byte.toUnsignedInt(packet.get(1)));
			}
			if (kind == 1) {
				lastReplyData = read(4 * packet.getInt(4));
				if (Short.toUnsignedInt(packet.getShort(2)) == (sequence & 0xFFFF)) {
					return packet;
				}
			}
		}
	}

	private ByteBuffer read(int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
		while (buffer.hasRemaining()) {
			if (channel.read(buffer) < 0) {
				throw new IOException("The X server closed the connection");
			}
		}
		return buffer.flip();
	}

	private static ByteBuffer request(int length) {
		return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
	}

	private static int padded(int length) {
		return (length + 3) & ~3;
	}

	/** @return the MIT-MAGIC-COOKIE-1 for the display in $XAUTHORITY (or ~/.Xauthority), or none */
	private static byte[] cookie(String displayNumber) throws IOException {
		String file = System.getenv("XAUTHORITY");
		Path path = file != null ? Path.of(file) : Path.of(System.getProperty("user.home"), ".Xauthority");
		if (!Files.isReadable(path)) {
			return new byte[0];
		}
		ByteBuffer entries = ByteBuffer.wrap(Files.readAllBytes(path)).order(ByteOrder.BIG_ENDIAN);
		while (entries.remaining() >= 2) {
			entries.getShort();
			readCounted(entries);
			String number = new String(readCounted(entries), StandardCharsets.US_ASCII);
			String name = new String(readCounted(entries), StandardCharsets.US_ASCII);
			byte[] data = readCounted(entries);
			if (COOKIE.equals(name) && (number.isEmpty() || number.equals(displayNumber))) {
				return data;
			}
		}
		return new byte[0];
	}

	private static byte[] readCounted(ByteBuffer buffer) {
		byte[] bytes = new byte[Short.toUnsignedInt(buffer.getShort())];
		buffer.get(bytes);
		return bytes;
	}
}
