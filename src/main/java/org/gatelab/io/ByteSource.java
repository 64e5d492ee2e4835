package org.gatelab.io;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Random-access bytes that the safetensors reader pulls from: an open file or an in-memory array. */
interface ByteSource {

    /** @return the total number of bytes */
    long size() throws IOException;

    /**
     * Fills {@code dst} (from its position to its limit) with the bytes starting at {@code position}.
     *
     * @throws EOFException if the source ends first
     */
    void readFully(long position, ByteBuffer dst) throws IOException;

    static ByteSource of(byte[] bytes) {
        return new ByteSource() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public void readFully(long position, ByteBuffer dst) throws EOFException {
                if (position < 0 || position > bytes.length - dst.remaining()) {
                    throw new EOFException();
                }
                dst.put(bytes, (int) position, dst.remaining());
            }
        };
    }

    static ByteSource of(FileChannel channel) {
        return new ByteSource() {
            @Override
            public long size() throws IOException {
                return channel.size();
            }

            @Override
            public void readFully(long position, ByteBuffer dst) throws IOException {
                long at = position;
                while (dst.hasRemaining()) {
                    int n = channel.read(dst, at);
                    if (n < 0) {
                        throw new EOFException();
                    }
                    at += n;
                }
            }
        };
    }
}
