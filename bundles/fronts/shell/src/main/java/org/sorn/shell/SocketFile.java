package org.sorn.shell;

import java.io.IOException;
import java.net.BindException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The UNIX domain socket file of the console server: claimed at start (replacing one left by a
 * server that was killed), removed at exit.
 */
final class SocketFile {

  /** Another server answers on the socket. */
  static final class InUse extends Exception {
    private static final long serialVersionUID = 1L;

    InUse() {
      super(null, null, false, false);
    }
  }

  /**
   * Listens on {@code socket}, creating its folder.
   *
   * @throws InUse when a live server answers there
   * @throws IOException when the file cannot be made a socket, with a message for people
   */
  static ServerSocketChannel listen(Path socket) throws InUse, IOException {
    Path parent = socket.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
      if (!isSocket(socket)) {
        throw new IOException("exists and is not a socket");
      }
      if (answers(socket)) {
        throw new InUse();
      }
      // no one answers: a server was killed before it could remove its socket
      Files.deleteIfExists(socket);
    }
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      server.bind(UnixDomainSocketAddress.of(socket));
      return server;
    } catch (BindException e) {
      server.close();
      // another server claimed the file between our check and our bind
      if (answers(socket)) {
        throw new InUse();
      }
      throw e;
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** Removes the socket file; a server that is gone leaves nothing behind. */
  static void remove(Path socket) {
    try {
      if (Files.exists(socket, LinkOption.NOFOLLOW_LINKS) && isSocket(socket)) {
        Files.delete(socket);
      }
    } catch (IOException e) {
      // a file left behind is replaced by the next server
    }
  }

  private static boolean isSocket(Path file) throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
        .isOther();
  }

  /** Whether a server accepts a connection on the socket. */
  static boolean answers(Path socket) {
    try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private SocketFile() {}
}
