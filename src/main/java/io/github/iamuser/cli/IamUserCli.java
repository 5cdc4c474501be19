package io.github.iamuser.cli;

/** Entry point of the {@code iam-user} command line (placeholder until the command-line issue lands). */
public final class IamUserCli {
  private IamUserCli() {
  }

  /** Runs the command line. */
  public static void main(String[] args) {
    System.out.println("iam-user: coming soon");
  }
}
