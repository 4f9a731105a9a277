package org.sorn.cartpole;

import java.util.random.RandomGenerator;

/**
 * The cart-pole of Barto, Sutton and Anderson (1983), computed exactly as OpenAI gym's
 * CartPole-v0/v1: a pole hinged on a cart that a force of +-10 N pushes left or right, Euler
 * integration with tau = 0.02 s, failure when |x| > 2.4 m or |theta| > 12 degrees, reward 1 for
 * every step taken (the failing one included), an episode cut at a step limit (200 for v0, 500 for
 * v1).
 *
 * <p>The state is (x, x_dot, theta, theta_dot); theta is 0 for an upright pole and positive when
 * it leans right. Not thread-safe.
 */
public final class CartPole {
  public static final double GRAVITY = 9.8;
  public static final double MASS_CART = 1.0;
  public static final double MASS_POLE = 0.1;
  public static final double TOTAL_MASS = MASS_POLE + MASS_CART;
  /** Half the pole's length, as gym names it. */
  public static final double LENGTH = 0.5;
  public static final double POLE_MASS_LENGTH = MASS_POLE * LENGTH;
  public static final double FORCE_MAG = 10.0;
  /** Seconds between two state updates. */
  public static final double TAU = 0.02;
  /** 12 degrees, in radians, spelled as gym computes it. */
  public static final double THETA_THRESHOLD = 12 * 2 * Math.PI / 360;
  public static final double X_THRESHOLD = 2.4;
  /** The half-width of the uniform initial state. */
  public static final double INITIAL_RANGE = 0.05;
  /** Step limit of CartPole-v0. */
  public static final int V0_STEPS = 200;
  /** Step limit of CartPole-v1. */
  public static final int V1_STEPS = 500;
  /** Action 0 pushes the cart left, action 1 right. */
  public static final int LEFT = 0;
  public static final int RIGHT = 1;
  /** The dimension of an observation. */
  public static final int DIMENSION = 4;

  private final int stepLimit;
  private final RandomGenerator random;
  private double x;
  private double xDot;
  private double theta;
  private double thetaDot;
  private int steps;
  private boolean terminated;
  private boolean started;

  /**
   * A cart-pole whose episodes end after {@code stepLimit} steps at most, drawing its initial
   * states from {@code random}. Call {@link #reset} before the first step.
   */
  public CartPole(int stepLimit, RandomGenerator random) {
    if (stepLimit < 1) {
      throw new IllegalArgumentException("the step limit must be at least 1, got " + stepLimit);
    }
    this.stepLimit = stepLimit;
    this.random = random;
  }

  /**
   * The step limit of a gym version: 200 for "v0", 500 for "v1".
   *
   * @throws IllegalArgumentException for any other name
   */
  public static int stepLimit(String version) {
    return switch (version) {
      case "v0" -> V0_STEPS;
      case "v1" -> V1_STEPS;
      default -> throw new IllegalArgumentException("version must be v0 or v1, got '" + version + "'");
    };
  }

  /** Starts an episode: each state variable uniform in [-0.05, 0.05). Writes it into {@code obs}. */
  public void reset(double[] obs) {
    x = random.nextDouble(-INITIAL_RANGE, INITIAL_RANGE);
    xDot = random.nextDouble(-INITIAL_RANGE, INITIAL_RANGE);
    theta = random.nextDouble(-INITIAL_RANGE, INITIAL_RANGE);
    thetaDot = random.nextDouble(-INITIAL_RANGE, INITIAL_RANGE);
    begin();
    observe(obs);
  }

  /** Starts an episode from a given state (tests, demonstrations). */
  public void reset(double x, double xDot, double theta, double thetaDot) {
    this.x = x;
    this.xDot = xDot;
    this.theta = theta;
    this.thetaDot = thetaDot;
    begin();
  }

  private void begin() {
    steps = 0;
    terminated = false;
    started = true;
  }

  /**
   * Applies {@code action} (0 left, 1 right) for one step of tau seconds and returns the reward, 1.
   *
   * @throws IllegalStateException when the episode is over or was never started
   */
  public double step(int action) {
    if (!started || done()) {
      throw new IllegalStateException("the episode is over: call reset() before step()");
    }
    if (action != LEFT && action != RIGHT) {
      throw new IllegalArgumentException("action must be 0 (left) or 1 (right), got " + action);
    }
    double force = action == RIGHT ? FORCE_MAG : -FORCE_MAG;
    double cos = Math.cos(theta);
    double sin = Math.sin(theta);
    // gym's equations (Florian 2007, frictionless), in its order of operations
    double temp = (force + POLE_MASS_LENGTH * thetaDot * thetaDot * sin) / TOTAL_MASS;
    double thetaAcc =
        (GRAVITY * sin - cos * temp)
            / (LENGTH * (4.0 / 3.0 - MASS_POLE * cos * cos / TOTAL_MASS));
    double xAcc = temp - POLE_MASS_LENGTH * thetaAcc * cos / TOTAL_MASS;
    // explicit Euler: positions move with the old velocities
    x = x + TAU * xDot;
    xDot = xDot + TAU * xAcc;
    theta = theta + TAU * thetaDot;
    thetaDot = thetaDot + TAU * thetaAcc;
    steps++;
    terminated =
        x < -X_THRESHOLD || x > X_THRESHOLD || theta < -THETA_THRESHOLD || theta > THETA_THRESHOLD;
    return 1.0;
  }

  /** Writes (x, x_dot, theta, theta_dot) into {@code obs}. */
  public void observe(double[] obs) {
    obs[0] = x;
    obs[1] = xDot;
    obs[2] = theta;
    obs[3] = thetaDot;
  }

  /** The pole fell or the cart left the track. */
  public boolean terminated() {
    return terminated;
  }

  /** The episode reached its step limit without failing. */
  public boolean truncated() {
    return !terminated && steps >= stepLimit;
  }

  /** The episode is over, by failure or by the step limit. */
  public boolean done() {
    return terminated || steps >= stepLimit;
  }

  /** Steps taken in this episode, which is also its return. */
  public int steps() {
    return steps;
  }

  public int stepLimit() {
    return stepLimit;
  }
}
