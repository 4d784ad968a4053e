#!/usr/bin/env node
console.log('inkwell');
