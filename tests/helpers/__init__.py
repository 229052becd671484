"""What tests share: paths, meeting builders, ballot piles, review samples, window openers. Tests
import helpers from here, never from one another."""
