package dev.synckit.agent.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a POSIX ustar archive (the format the engine reads a build context in). Names or link targets that do
 * not fit ustar's fields, and sizes over 8 GiB, go into a pax extended header first.
 */
final class TarWriter {

    private static final int BLOCK = 512;
    private static final long MAX_OCTAL_SIZE = 077777777777L;

    private final OutputStream out;

    TarWriter(OutputStream out) {
        this.out = out;
    }

    /** {@code name} uses '/' separators and no trailing slash. */
    void directory(String name, int mode, long mtimeSeconds) throws IOException {
        header(name + "/", '5', mode, 0, mtimeSeconds, "");
    }

    void symlink(String name, String target, long mtimeSeconds) throws IOException {
        header(name, '2', 0777, 0, mtimeSeconds, target);
    }

    /** Copies exactly {@code size} bytes of {@code content}; a file that changed size under us is an error. */
    void file(String name, int mode, long size, long mtimeSeconds, InputStream content) throws IOException {
        header(name, '0', mode, size, mtimeSeconds, "");
        long copied = content.transferTo(new BoundedOutput(out, size));
        if (copied != size) {
            throw new IOException(name + " changed size while being sent (" + copied + " of " + size + " bytes)");
        }
        pad(size);
    }

    /** The two zero blocks that end an archive. */
    void finish() throws IOException {
        out.write(new byte[2 * BLOCK]);
        out.flush();
    }

    private void header(String name, char type, int mode, long size, long mtime, String link) throws IOException {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        byte[] linkBytes = link.getBytes(StandardCharsets.UTF_8);
        int split = splitPoint(nameBytes);
        Map<String, String> pax = new LinkedHashMap<>();
        if (split < -1) {
            pax.put("path", name);
        }
        if (linkBytes.length > 100) {
            pax.put("linkpath", link);
        }
        if (size > MAX_OCTAL_SIZE) {
            pax.put("size", Long.toString(size));
        }
        if (!pax.isEmpty()) {
            byte[] records = paxRecords(pax);
            writeHeader(ascii("PaxHeaders/" + Long.toHexString(name.hashCode() & 0xffffffffL)), -1, 'x', 0644,
                    records.length, mtime, new byte[0]);
            out.write(records);
            pad(records.length);
        }
        writeHeader(nameBytes, split, type, mode, Math.min(size, MAX_OCTAL_SIZE), mtime, linkBytes);
    }

    /** -1: the name fits as is; >= 0: split prefix/name at that '/'; < -1: only pax can hold it. */
    private static int splitPoint(byte[] name) {
        if (name.length <= 100) {
            return -1;
        }
        for (int i = Math.max(0, name.length - 101); i < name.length - 1 && i <= 155; i++) {
            if (name[i] == '/' && i > 0) {
                return i;
            }
        }
        return -2;
    }

    private void writeHeader(byte[] name, int split, char type, int mode, long size, long mtime, byte[] link)
            throws IOException {
        byte[] block = new byte[BLOCK];
        if (split >= 0) {
            System.arraycopy(name, split + 1, block, 0, name.length - split - 1);
            System.arraycopy(name, 0, block, 345, split);
        } else {
            System.arraycopy(name, 0, block, 0, Math.min(name.length, 100));
        }
        octal(block, 100, 8, mode & 07777);
        octal(block, 108, 8, 0);
        octal(block, 116, 8, 0);
        octal(block, 124, 12, size);
        octal(block, 136, 12, Math.max(0, mtime));
        block[156] = (byte) type;
        System.arraycopy(link, 0, block, 157, Math.min(link.length, 100));
        System.arraycopy(ascii("ustar\0" + "00"), 0, block, 257, 8);
        System.arraycopy(ascii("root"), 0, block, 265, 4);
        System.arraycopy(ascii("root"), 0, block, 297, 4);
        for (int i = 148; i < 156; i++) {
            block[i] = ' ';
        }
        long sum = 0;
        for (byte b : block) {
            sum += b & 0xff;
        }
        octal(block, 148, 7, sum);
        out.write(block);
    }

    /** Zero-padded octal of {@code width - 1} digits and a NUL, as ustar numbers are. */
    private static void octal(byte[] block, int offset, int width, long value) {
        String digits = Long.toOctalString(value);
        String padded = "0".repeat(Math.max(0, width - 1 - digits.length())) + digits;
        System.arraycopy(ascii(padded), 0, block, offset, width - 1);
        block[offset + width - 1] = 0;
    }

    private static byte[] paxRecords(Map<String, String> values) {
        StringBuilder all = new StringBuilder();
        values.forEach((key, value) -> {
            String body = " " + key + "=" + value + "\n";
            int bodyLength = body.getBytes(StandardCharsets.UTF_8).length;
            int length = bodyLength + 1;
            while (Integer.toString(length).length() + bodyLength != length) {
                length = Integer.toString(length).length() + bodyLength;
            }
            all.append(length).append(body);
        });
        return all.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void pad(long size) throws IOException {
        int rest = (int) (size % BLOCK);
        if (rest != 0) {
            out.write(new byte[BLOCK - rest]);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Passes on at most {@code limit} bytes: a file that grew after its header was written is cut, then refused. */
    private static final class BoundedOutput extends OutputStream {
        private final OutputStream out;
        private long left;

        BoundedOutput(OutputStream out, long limit) {
            this.out = out;
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > left) {
                throw new IOException("a file grew while being sent");
            }
            out.write(b, off, len);
            left -= len;
        }
    }
}
