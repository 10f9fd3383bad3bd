"""Pilots (验证、迭代、示范推广, `五(六)`): an accepted match tried out, milestone by milestone."""
