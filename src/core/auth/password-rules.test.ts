import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-rules';

describe('passwordProblems (the strong-password rule)', () => {
  const ctx = { username: 'nguyenvana', displayName: 'Nguyễn Văn Ánh' };
  it.each([
    ['thidua2024', 'ít nhất 12 ký tự'],
    ['ngắn', 'ít nhất 12 ký tự'],
    ['matkhau12345678', 'phổ biến'],
    ['Password123456!', 'phổ biến'],
    ['qwertyuiop1234', 'phổ biến'],
    ['123456789012', 'phổ biến'],
    ['ThiDua@2024!!', 'phổ biến'],
    ['aaaaaaaaaaaaaaa', 'lặp lại'],
    ['abcdefghijklmn', 'lặp lại'],
    ['nguyenvana-2024!', 'tên đăng nhập'],
    ['NguyenVanA#99xyz', 'tên đăng nhập'],
    ['ánh-sáng-ban-mai', 'họ tên'],
    [' khoảng trắng đầu dòng', 'dấu cách'],
  ])('refuses %s (%s)', (pw, reason) => {
    const problems = passwordProblems(pw, ctx);
    expect(problems.join(' ')).toContain(reason);
  });

  it.each([
    'đồng lúa chín vàng 2025',
    'Tân-Việt-mùa-gặt',
    'correct horse battery staple',
    'x7#Kp2!vQ9zL',
    'quản trị viên xã Hòa Bình',
  ])('accepts %s', (pw) => {
    expect(passwordProblems(pw, ctx)).toEqual([]);
  });

  it('counts characters, not UTF-16 units or bytes', () => {
    expect(passwordProblems('đường-lúa-vàng', {})).toEqual([]);
    expect(passwordProblems('đườnglúavàn', {}).join(' ')).toContain('ít nhất 12 ký tự');
  });
});
